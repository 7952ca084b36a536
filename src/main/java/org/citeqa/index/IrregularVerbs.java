package org.citeqa.index;

import java.util.Map;

/**
 * Irregular past forms of common English verbs and their base forms: stemming alone leaves "met" apart from
 * "meet" and "led" apart from "lead", so a question in the present never finds a sentence in the past.
 */
public final class IrregularVerbs {

    private static final Map<String, String> PAST_TO_BASE = Map.ofEntries(
            Map.entry("led", "lead"), Map.entry("held", "hold"), Map.entry("won", "win"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("made", "make"), Map.entry("fought", "fight"),
            Map.entry("sent", "send"), Map.entry("met", "meet"), Map.entry("became", "become"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("told", "tell"), Map.entry("said", "say"),
            Map.entry("left", "leave"), Map.entry("brought", "bring"), Map.entry("kept", "keep"),
            Map.entry("built", "build"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("drew", "draw"), Map.entry("drawn", "draw"), Map.entry("found", "find"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("paid", "pay"), Map.entry("ran", "run"),
            Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("sold", "sell"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("stood", "stand"), Map.entry("struck", "strike"), Map.entry("thought", "think"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("fell", "fall"),
            Map.entry("fallen", "fall"), Map.entry("grew", "grow"), Map.entry("grown", "grow"),
            Map.entry("sought", "seek"), Map.entry("broke", "break"), Map.entry("broken", "break"),
            Map.entry("lost", "lose"), Map.entry("forgot", "forget"), Map.entry("sat", "sit"),
            Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
            Map.entry("bought", "buy"), Map.entry("caught", "catch"), Map.entry("taught", "teach"),
            Map.entry("meant", "mean"), Map.entry("felt", "feel"), Map.entry("dealt", "deal"),
            Map.entry("spent", "spend"), Map.entry("shot", "shoot"));

    private IrregularVerbs() {
    }

    /** The base form of an irregular past form ("met" gives "meet"), or the word itself. */
    public static String base(String lowerCaseWord) {
        return PAST_TO_BASE.getOrDefault(lowerCaseWord, lowerCaseWord);
    }

    /** Whether the word is the irregular past form of a verb. */
    public static boolean isPastForm(String lowerCaseWord) {
        return PAST_TO_BASE.containsKey(lowerCaseWord);
    }
}
