package org.citeqa.index;

import java.util.Set;

/**
 * Folds common British spellings into American ones before stemming, so "recognise" finds "recognized",
 * "neighbour" finds "neighbor" and "centre" finds "center". Runs on lower-case tokens; words that merely end
 * the same way ("promise", "four", "genre") are left alone.
 */
final class BritishSpellings {

    private static final Set<String> ISE_WORDS = Set.of("advise", "apprise", "arise", "chastise", "circumcise",
            "comprise", "compromise", "concise", "demise", "despise", "devise", "disguise", "enterprise", "excise",
            "exercise", "expertise", "franchise", "improvise", "incise", "merchandise", "noise", "otherwise",
            "paradise", "poise", "praise", "precise", "premise", "promise", "raise", "revise", "rise", "supervise",
            "surmise", "surprise", "televise", "treatise", "wise", "likewise", "clockwise", "cruise", "bruise",
            "guise", "porpoise", "tortoise", "mortise", "valise", "reprise");
    private static final Set<String> OUR_WORDS = Set.of("four", "hour", "tour", "pour", "flour", "sour", "your",
            "devour", "contour", "detour", "troubadour", "paramour", "amour", "dour", "scour", "velour");
    private static final String[][] ISE_SUFFIXES = {
            {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
            {"isers", "izers"}, {"iser", "izer"}, {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"}};
    private static final String[][] OUR_SUFFIXES = {
            {"ourhood", "orhood"}, {"ouring", "oring"}, {"oured", "ored"}, {"ourite", "orite"}, {"ours", "ors"},
            {"our", "or"}};

    private BritishSpellings() {
    }

    static String fold(String word) {
        if (word.length() < 6) {
            return word;
        }
        String ise = replaceSuffix(word, ISE_SUFFIXES, ISE_WORDS);
        if (ise != null) {
            return ise;
        }
        String our = replaceSuffix(word, OUR_SUFFIXES, OUR_WORDS);
        if (our != null) {
            return our;
        }
        if (word.endsWith("tre") || word.endsWith("tres")) {
            return word.endsWith("s") ? word.substring(0, word.length() - 3) + "ers"
                    : word.substring(0, word.length() - 2) + "er";
        }
        return word;
    }

    private static String baseEnding(String suffix) {
        return suffix.startsWith("our") ? "our" : suffix.startsWith("y") ? "yse" : "ise";
    }

    /** The word with its suffix replaced, or null when no suffix applies or its base word is an exception. */
    private static String replaceSuffix(String word, String[][] suffixes, Set<String> exceptions) {
        for (String[] pair : suffixes) {
            if (word.endsWith(pair[0])) {
                String stem = word.substring(0, word.length() - pair[0].length());
                String base = stem + baseEnding(pair[0]); // "promis|ing" -> "promise"
                for (String exception : exceptions) {
                    if (base.endsWith(exception)) {
                        return null; // also catches prefixed forms: "unsurprised"
                    }
                }
                return stem + pair[1];
            }
        }
        return null;
    }
}
