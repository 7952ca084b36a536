package org.citeqa.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class grammar words statements are read with (negators, auxiliaries, quantifiers, numerals), read
 * once from {@code verify/grammar-words.txt}, which says why each list is kept by hand. Vocabulary (synonyms,
 * antonyms, kinds of things, names) comes from WordNet and the tagger instead. Immutable constants.
 */
final class Lexicon {

    private static final String RESOURCE = "verify/grammar-words.txt";
    private static final Map<String, Set<String>> SECTIONS = load();

    private Lexicon() {
    }

    static final Set<String> NEGATORS = words("negators");
    static final Set<String> NEGATING_VERBS = words("negating-verbs");
    /** The first word of a two-word phrase that denies what follows it, and its second: "rather" → "than". */
    static final Map<String, String> CONTRAST_NEGATORS = pairs("contrast-negators");
    static final Set<String> NEGATION_GAP = words("negation-gap");
    static final Set<String> TIME_LIMITS = words("time-limits");
    static final Set<String> UNIVERSAL = words("universal");
    static final Set<String> PARTIAL = words("partial");
    static final Set<String> AUXILIARIES = words("auxiliaries");
    static final Set<String> SUBORDINATORS = words("subordinators");
    static final Set<String> LIGHT = words("light-verbs");
    static final Set<String> LINKING = words("linking-verbs");
    static final Set<String> FUNCTION_WORDS = words("function-words");
    static final Set<String> SLOT_PREPOSITIONS = words("slot-prepositions");
    static final Set<String> UNIQUE_ROLES = words("unique-roles");
    static final Set<String> EXCEPTION_CUES = words("exception-cues");
    static final Map<String, Integer> MONTHS = numbers("months");

    /** The month a word names (1–12), with or without an abbreviation's stop ("Nov."); 0 when it names none. */
    static int month(String word) {
        return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }
    static final Map<String, Integer> NUMBER_WORDS = numbers("number-words");
    static final Map<String, Integer> ORDINAL_WORDS = numbers("ordinal-words");
    static final Map<String, Double> SCALES = Map.copyOf(numbers("scales").entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (double) e.getValue())));

    private static Set<String> words(String section) {
        Set<String> words = SECTIONS.get(section);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no [" + section + "] section");
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> pairs(String section) {
        Map<String, String> out = new HashMap<>();
        for (String entry : words(section)) {
            String[] kv = entry.split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return Map.copyOf(out);
    }

    private static Map<String, Integer> numbers(String section) {
        Map<String, Integer> out = new HashMap<>();
        pairs(section).forEach((word, number) -> out.put(word, Integer.parseInt(number)));
        return Map.copyOf(out);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<String, Set<String>> sections = new HashMap<>();
            Set<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new LinkedHashSet<>());
                } else if (current != null) {
                    for (String w : l.split("\\s+")) {
                        current.add(w);
                    }
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
