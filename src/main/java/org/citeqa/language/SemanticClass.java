package org.citeqa.language;

/**
 * Broad kinds of thing a noun can name, each defined by a WordNet root synset (lemma and sense number) whose
 * hyponyms and instances belong to it: "Gdansk" is an instance of a city, hence a {@link #LOCATION};
 * "hydrographer" is a kind of {@link #PERSON}.
 */
public enum SemanticClass {
    /** location, sense 1: "a point or extent in space" (cities, countries, regions, headlands). */
    LOCATION("location", 1),
    /** person, sense 1: "a human being" (hydrographers, presidents, envoys). */
    PERSON("person", 1),
    /** organization, sense 1: "a group of people who work together" (councils, agencies, companies, armies). */
    ORGANIZATION("organization", 1),
    /** social group, sense 1: "people sharing some social relation" (nations, delegations, parties). */
    SOCIAL_GROUP("social group", 1),
    /** time period, sense 1: "an amount of time" (years, centuries, reigns). */
    TIME_PERIOD("time period", 1),
    /** time unit, sense 1: "a unit for measuring time periods" (days, months, weeks). */
    TIME_UNIT("time unit", 1),
    /** unit of measurement, sense 1 (metres, dollars, percent, tonnes). */
    QUANTITY_UNIT("unit of measurement", 1),
    /** structure, sense 1: "a thing constructed" (observatories, bridges, buildings). */
    STRUCTURE("structure", 1),
    /** event, sense 1: "something that happens at a given place and time" (wars, talks, elections). */
    EVENT("event", 1);

    private final String rootLemma;
    private final int rootSense;

    SemanticClass(String rootLemma, int rootSense) {
        this.rootLemma = rootLemma;
        this.rootSense = rootSense;
    }

    String rootLemma() {
        return rootLemma;
    }

    /** 1-based sense number of the root lemma as a noun. */
    int rootSense() {
        return rootSense;
    }
}
