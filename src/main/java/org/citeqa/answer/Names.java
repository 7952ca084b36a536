package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in English text by their form alone: runs of capitalised words or acronyms ("Edda Marlowe", "WHO
 * Director-General"), joined across name particles ("Republic of Valdoria", "Ludwig van Beethoven"), with a possessive
 * "'s" dropped. A capitalised word that only starts a sentence is a name when it is capitalised elsewhere in the
 * text too; function words ("The", "After", "It") and calendar words ("November") never start one. No list of
 * known names: any corpus works.
 */
final class Names {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’.-]*|[.!?;:]");
    /** A plural possessive: "Merchants'". */
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile(".*s['’]");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");
    private static final Set<String> PARTICLES = Set.of("of", "de", "del", "della", "der", "den", "van", "von", "da",
            "di", "du", "la", "le", "al", "bin", "ibn", "y");
    /** English closed-class and calendar words: capitalised because a sentence starts with them, or by convention. */
    private static final Set<String> NOT_NAMES = Set.of("a", "an", "the", "this", "that", "these", "those", "it",
            "he", "she", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "in", "on", "at",
            "by", "for", "from", "with", "without", "to", "of", "as", "after", "before", "during", "since", "until",
            "when", "while", "where", "why", "how", "what", "which", "who", "whom", "whose", "if", "although",
            "though", "because", "but", "and", "or", "nor", "so", "yet", "then", "there", "here", "however", "also",
            "some", "many", "most", "all", "both", "each", "every", "no", "not", "none", "such", "other", "another",
            "according", "despite", "following", "between", "among", "under", "over", "into", "through", "about",
            "against", "within", "upon", "first", "firstly", "secondly", "finally", "meanwhile", "thus", "therefore",
            "yes", "is", "was", "were", "are", "be", "been", "has", "have", "had", "do", "does", "did", "will",
            "would", "can", "could", "should", "may", "might", "must", "one", "two", "three", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private Names() {
    }

    /** The names in the text, in order of first mention, each once. */
    static List<String> in(String text) {
        List<Run> runs = new ArrayList<>();
        Set<String> capitalisedMidSentence = new HashSet<>();
        Run run = new Run();
        boolean sentenceStart = true;
        Matcher m = WORD.matcher(text.replaceAll("\\[\\d+]", " "));
        while (m.find()) {
            String word = m.group();
            if (word.length() == 1 && ".!?;:".contains(word)) {
                run = run.flushInto(runs);
                sentenceStart = !word.equals(":") && !word.equals(";");
                continue;
            }
            String trimmed = word.replaceAll("[.'’-]+$", "");
            String bare = trimmed.replaceAll("['’]s$", "");
            if (bare.equals(trimmed) && PLURAL_POSSESSIVE.matcher(word).matches()) {
                bare = word; // "Merchants' Guild": the apostrophe stays inside a name, and goes if the name ends here
            }
            boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0));
            boolean notName = NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT));
            if (capitalised && !sentenceStart) {
                capitalisedMidSentence.add(bare);
            }
            if (capitalised && !(notName && run.words.isEmpty())) {
                if (run.words.isEmpty()) {
                    run.atSentenceStart = sentenceStart;
                }
                run.words.add(bare);
                if (bare.length() < trimmed.length()) { // "Valdoria's status": the name ends at the possessive
                    run = run.flushInto(runs);
                }
            } else if (!run.words.isEmpty() && !capitalised && PARTICLES.contains(word)) {
                run.words.add(word);
            } else {
                run = run.flushInto(runs);
            }
            sentenceStart = false;
            if (word.endsWith(".") && !INITIALS.matcher(word).matches()) { // "Valdoria." ends a sentence, "U.S." does not
                run = run.flushInto(runs);
                sentenceStart = true;
            }
        }
        run.flushInto(runs);
        Set<String> names = new LinkedHashSet<>();
        for (Run r : runs) {
            if (r.words.size() > 1 || !r.atSentenceStart || capitalisedMidSentence.contains(r.words.get(0))) {
                names.add(String.join(" ", r.words));
            }
        }
        return List.copyOf(names);
    }

    /** Two or more words, not all acronyms: the form of a person's name ("Edda Marlowe", not "UNESCO"). */
    static boolean personLike(String name) {
        String[] words = name.split("\\s+");
        return words.length > 1 && java.util.Arrays.stream(words)
                .anyMatch(w -> w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT)));
    }

    /** Whether one of the name's words is the noun, or its singular or plural ("plans", "Lindqvist Plan"). */
    static boolean contains(String name, String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.equals(n) || word.equals(n + "s") || (n.endsWith("s") && word.equals(n.substring(0, n.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words in a row, and whether the first of them starts a sentence. */
    private static final class Run {
        final List<String> words = new ArrayList<>();
        boolean atSentenceStart;

        Run flushInto(List<Run> runs) {
            while (!words.isEmpty() && PARTICLES.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
            }
            if (!words.isEmpty()) {
                String last = words.get(words.size() - 1);
                words.set(words.size() - 1, last.replaceAll("['’]$", ""));
            }
            if (words.isEmpty()) {
                return this;
            }
            runs.add(this);
            return new Run();
        }
    }
}
