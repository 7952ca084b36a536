package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;

/**
 * The names a question writes in full ("Ilse Varga") that a sentence calls by their last word alone ("Varga died in
 * 1961"), as writers do once a name has been introduced. Such a sentence states the whole name, provided that its
 * document writes the name in full, that the last word is a name and not a common word ("the Council" may be another
 * council), and that no other capitalised name stands right before it ("Karl Varga" is someone else).
 * One instance reads one question.
 */
final class ShortNames {

    /** Two or more capitalised words in a row, apostrophes and hyphens inside: "Ilse Varga", "Jean-Luc O'Hara". */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\d'’-])\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)+");
    /** A capitalised word right before a position, across spaces only. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}'’.-]*)\\s+$");
    /** How far back the word before is looked for, in characters. */
    private static final int REACH = 40;

    /** A name the question writes in full, its words, the terms of the words before the last, and its last word. */
    private record Name(String full, Set<String> words, List<String> firstTerms, Pattern last) {
    }

    private final List<Name> names;
    /** Whether a document writes a name in full, by document id and name; asked once per question and document. */
    private final Map<String, Boolean> writtenInFull = new HashMap<>();

    ShortNames(String question, EnglishAnalysis analysis, Predicate<String> commonWord) {
        List<Name> found = new ArrayList<>();
        Matcher m = RUN.matcher(question);
        while (m.find()) {
            List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
            if (m.start() == 0) {
                words.remove(0); // the question's first word is capitalised as any sentence's is
            }
            if (words.size() < 2) {
                continue;
            }
            String last = words.get(words.size() - 1).replaceAll("['’]s$|[.'’-]+$", "");
            if (last.length() < 2 || commonWord.test(last.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words.set(words.size() - 1, last);
            List<String> firstTerms = analysis.terms(String.join(" ", words.subList(0, words.size() - 1)));
            if (!firstTerms.isEmpty()) {
                found.add(new Name(String.join(" ", words), Set.copyOf(words), firstTerms,
                        Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(last) + "(?![\\p{L}\\p{M}])")));
            }
        }
        this.names = List.copyOf(found);
    }

    /**
     * The terms of the question's full names that the sentence states by the name's last word alone; empty when it
     * states none that way.
     *
     * @param documentId the id of the sentence's document, whose {@code documentText} is asked once per name
     */
    Set<String> statedBy(String sentence, String documentId, String documentText) {
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (Name name : names) {
            if (callsByLastWord(sentence, name) && writtenInFull.computeIfAbsent(documentId + '\u0000' + name.full(),
                    k -> documentText.contains(name.full()))) {
                out.addAll(name.firstTerms());
            }
        }
        return out;
    }

    private static boolean callsByLastWord(String sentence, Name name) {
        Matcher m = name.last().matcher(sentence);
        while (m.find()) {
            Matcher before = WORD_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - REACH), m.start()));
            if (!before.find() || name.words().contains(before.group(1))) {
                return true;
            }
        }
        return false;
    }
}
