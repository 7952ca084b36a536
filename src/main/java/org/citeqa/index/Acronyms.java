package org.citeqa.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.corpus.Document;

/**
 * Acronyms the documents define themselves, as in "International Maritime Tribunal (IMT)", so that a sentence
 * saying "IMT" matches a question naming the tribunal in full, and the other way round. Found once at index time.
 */
final class Acronyms {

    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|the|and|for|on|in|de|du)\\s+)*){1,8})\\((\\p{Lu}{2,8})\\)");
    private static final Set<String> JOINERS = Set.of("of", "the", "and", "for", "on", "in", "de", "du");

    /** Analysed acronym term to the analysed terms of its long form, and each long form back to its acronym. */
    private final Map<String, List<String>> longForms;

    private Acronyms(Map<String, List<String>> longForms) {
        this.longForms = longForms;
    }

    static Acronyms find(List<Document> documents, EnglishAnalysis analysis) {
        return merge(documents.stream().map(doc -> definitions(doc.text(), analysis)).toList());
    }

    /** The acronyms one text defines, in order of first definition: analysed acronym to its analysed long form. */
    static Map<String, List<String>> definitions(String text, EnglishAnalysis analysis) {
        Map<String, List<String>> longForms = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String acronym = m.group(2);
            List<String> words = List.of(m.group(1).trim().split("\\s+"));
            String longForm = matchingTail(words, acronym);
            List<String> acronymTerms = analysis.terms(acronym);
            if (longForm != null && acronymTerms.size() == 1) {
                longForms.putIfAbsent(acronymTerms.get(0), List.copyOf(analysis.terms(longForm)));
            }
        }
        return longForms;
    }

    /** The corpus's acronyms from each document's definitions, in document order: the first definition wins. */
    static Acronyms merge(Iterable<Map<String, List<String>>> perDocument) {
        Map<String, List<String>> longForms = new HashMap<>();
        for (Map<String, List<String>> definitions : perDocument) {
            definitions.forEach(longForms::putIfAbsent);
        }
        return new Acronyms(Map.copyOf(longForms));
    }

    /** Whether both expand every term the same way. */
    boolean sameAs(Acronyms other) {
        return longForms.equals(other.longForms);
    }

    /** The shortest run of words ending before the bracket whose initials spell the acronym, or null. */
    private static String matchingTail(List<String> words, String acronym) {
        for (int from = words.size() - 1; from >= 0; from--) {
            List<String> tail = words.subList(from, words.size());
            StringBuilder initials = new StringBuilder();
            for (String word : tail) {
                if (!JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                    initials.append(Character.toUpperCase(word.charAt(0)));
                }
            }
            if (initials.toString().equals(acronym) && !JOINERS.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
                return String.join(" ", tail);
            }
        }
        return null;
    }

    /** The terms plus the long forms of any acronym among them, plus the acronym of any long form they contain. */
    Set<String> expand(List<String> terms) {
        Set<String> expanded = new HashSet<>(terms);
        for (Map.Entry<String, List<String>> entry : longForms.entrySet()) {
            if (expanded.contains(entry.getKey())) {
                expanded.addAll(entry.getValue());
            } else if (!entry.getValue().isEmpty() && new HashSet<>(terms).containsAll(entry.getValue())) {
                expanded.add(entry.getKey());
            }
        }
        return expanded;
    }

    int size() {
        return longForms.size();
    }

    List<String> acronyms() {
        return new ArrayList<>(longForms.keySet());
    }
}
