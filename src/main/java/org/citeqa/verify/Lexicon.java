package org.citeqa.verify;

import java.util.Map;
import java.util.Set;

/** The small closed word lists the checks read statements with. Immutable constants. */
final class Lexicon {

    private Lexicon() {
    }

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** "one" is left out: "one of", "one way or another" count nothing. */
    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("dozen", 12));

    static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fiftieth", 50), Map.entry("hundredth", 100));

    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);

    /** Words that negate the next content word outright. */
    static final Set<String> NEGATORS = Set.of("not", "never", "no", "nor", "neither", "without", "cannot",
            "nobody", "none");

    /** Stems of verbs that deny what follows them: "refused to sign", "rejected the adoption". */
    static final Set<String> NEGATING_VERBS = Set.of("refus", "reject", "deni", "deny", "fail", "oppos", "block",
            "lack", "prevent", "vetoe", "veto");

    /** Words skipped between a negation and the word it governs. */
    static final Set<String> NEGATION_GAP = Set.of("be", "been", "being", "is", "are", "was", "were", "have", "has",
            "had", "do", "does", "did", "will", "would", "can", "could", "should", "shall", "may", "might", "must",
            "to", "yet", "ever", "even", "also", "so", "far", "fully", "officially", "formally", "directly",
            "openly", "a", "an", "the", "its", "their", "his", "her", "any", "only", "still", "actually",
            "explicitly", "initially", "immediately", "ultimately", "of");

    static final Set<String> UNIVERSAL = Set.of("all", "every", "each", "entire", "whole", "unanimously",
            "unanimous", "always");

    /** Capitalised at the start of a sentence, these are ordinary words, not names. */
    static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of",
            "with", "after", "before", "since", "during", "under", "over", "this", "that", "these", "those", "it",
            "its", "he", "she", "they", "we", "i", "his", "her", "their", "our", "my", "you", "your", "many", "most",
            "some", "all", "every", "each", "both", "neither", "either", "no", "not", "however", "although",
            "though", "while", "when", "where", "which", "who", "what", "why", "how", "as", "if", "then", "there",
            "here", "also", "even", "only", "later", "earlier", "shortly", "finally", "indeed", "likewise",
            "therefore", "thus", "regardless", "according", "between", "prior", "elsewhere", "one", "two", "three",
            "several", "few", "once", "again", "such", "another", "other", "secondly", "first", "otherwise", "yet",
            "so", "but", "and", "or", "nor", "because", "today", "whereas", "notwithstanding", "unlike", "despite",
            "among", "against", "within", "without", "around", "about", "upon", "than", "did", "does", "do", "was",
            "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
            "must", "be", "formally", "together", "following", "until", "whether", "nevertheless", "meanwhile",
            "besides", "instead", "perhaps", "now", "never", "always", "more", "less", "nearly", "almost");

    /** Titles and roles: part of a name's phrase but not of the name itself. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir", "lord", "president", "prime",
            "minister", "secretary", "general", "ambassador", "deputy", "special", "envoy", "under", "foreign",
            "chairman", "commander", "representative", "spokesman", "king", "queen", "chancellor", "premier",
            "former", "state");

    /** Words that make a capitalised phrase an organisation. */
    static final Set<String> ORGANISATION_WORDS = Set.of("council", "union", "nations", "group", "organization",
            "organisation", "court", "assembly", "parliament", "mission", "office", "force", "forces", "bank",
            "party", "ministry", "agency", "committee", "commission", "alliance", "army", "government", "fund",
            "association", "institute", "department", "league", "federation", "corporation", "company", "agreement");


    /** Verbs too general to be a statement's main predicate ("was held", "took place"): they weigh little. */
    static final Set<String> LIGHT = Set.of("hold", "take", "place", "make", "becom", "become", "have", "get", "give",
            "go", "come", "sai", "say", "do", "us", "use", "includ", "also", "well", "now", "still", "alreadi");

    /** Auxiliaries: the content word after one is a verb. */
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "do", "does", "did", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "to",
            "not", "never");

    /**
     * Stems that state the same relation in different words; either order. Kept to relations a claim checker meets
     * often: membership ("a member of" against "comprising"), refusal.
     */
    static final java.util.List<java.util.Set<String>> SYNONYMS = java.util.List.of(
            java.util.Set.of("member", "compris", "consist", "compos", "includ"),
            java.util.Set.of("reject", "refus", "turn"),
            java.util.Set.of("start", "begin", "began", "commenc", "launch"),
            java.util.Set.of("end", "finish", "conclud"));

    /** Each stem of {@link #SYNONYMS} to the index of its set, so relating two stems is two lookups. */
    static final java.util.Map<String, Integer> SYNONYM_SET = synonymSets();

    private static java.util.Map<String, Integer> synonymSets() {
        java.util.Map<String, Integer> sets = new java.util.HashMap<>();
        for (int i = 0; i < SYNONYMS.size(); i++) {
            for (String stem : SYNONYMS.get(i)) {
                if (sets.put(stem, i) != null) {
                    throw new IllegalStateException("a stem in two synonym sets: " + stem);
                }
            }
        }
        return java.util.Map.copyOf(sets);
    }

    /** Pairs of stems that state opposite things; either order. */
    static final java.util.List<java.util.List<String>> ANTONYMS = java.util.List.of(
            java.util.List.of("accept", "reject"), java.util.List.of("accept", "refus"),
            java.util.List.of("approv", "reject"), java.util.List.of("support", "oppos"),
            java.util.List.of("win", "lose"), java.util.List.of("increas", "decreas"), java.util.List.of("rise", "fall"),
            java.util.List.of("legal", "illeg"), java.util.List.of("agre", "disagre"),
            java.util.List.of("succeed", "fail"), java.util.List.of("success", "failur"),
            java.util.List.of("allow", "forbid"), java.util.List.of("join", "leav"), java.util.List.of("adopt", "reject"),
            java.util.List.of("sign", "refus"), java.util.List.of("recogn", "refus"));

    /** Prepositions before a place or an agent whose value excludes any other for the same event. */
    static final Set<String> SLOT_PREPOSITIONS = Set.of("in", "at", "by", "from", "near", "inside", "outside");

    /** Stems of roles only one can hold at a time: another name in the role is a contradiction. */
    static final Set<String> UNIQUE_ROLES = Set.of("lead", "head", "chair", "command", "host", "win", "presid",
            "captain", "govern", "rule");

    /** Words the index keeps that say nothing about what a statement asserts. */
    static final Set<String> FUNCTION_WORDS = Set.of("its", "his", "her", "hers", "our", "we", "he", "she", "i",
            "me", "him", "them", "you", "your", "my", "who", "whom", "whose", "which", "what", "also", "has",
            "have", "had", "been", "were", "am", "would", "could", "should", "may", "might", "must", "do", "does",
            "did", "can", "some", "any", "than", "so", "very", "just", "own", "same", "being", "having",
            "here", "there", "where", "when", "while", "how", "why", "about", "both", "either", "whether", "only");
}
