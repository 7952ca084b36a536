package org.citeqa.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A group of words answers as its words would, asked one pair at a time. */
class WordNetGroupTest {

    private static final WordNet WORDNET = new WordNet();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words with synonyms, derived forms, close kinds and antonyms among everyday words. */
    private static final List<String> PROBES = List.of("massacre", "slaughter", "atrocity", "killing", "appoint",
            "appointment", "founder", "found", "legal", "illegal", "increase", "decrease", "accept", "rejected",
            "ship", "vessel", "built", "construction", "agreement", "treaty", "signed", "observatory", "sea", "won",
            "lose", "old", "new", "qwertyuiop", "");

    @Test
    void aGroupAnswersAsItsPairsDo() throws IOException {
        List<List<String>> sentences = sentences();
        Set<String> vocabulary = new LinkedHashSet<>(PROBES);
        sentences.forEach(vocabulary::addAll);
        int close = 0, opposed = 0, asked = 0;
        for (List<String> sentence : sentences) {
            WordNet.Group group = WORDNET.group(sentence);
            for (String word : vocabulary) {
                boolean pairwiseClose = sentence.stream().anyMatch(w -> !w.equals(word) && WORDNET.closeInMeaning(word, w));
                boolean pairwiseOpposed = sentence.stream().anyMatch(w -> !w.equals(word) && WORDNET.antonyms(word, w));
                assertEquals(pairwiseClose, group.closeInMeaning(word), word + " ~ " + sentence);
                assertEquals(pairwiseOpposed, group.opposes(word), word + " <> " + sentence);
                close += pairwiseClose ? 1 : 0;
                opposed += pairwiseOpposed ? 1 : 0;
                asked++;
            }
        }
        // The comparison means something only if both answers occur often.
        assertTrue(close > 100 && close < asked / 2 && opposed > 5, close + " close, " + opposed + " opposed of " + asked);
    }

    @Test
    void aWordIsNotCloseToItselfButToItsOtherForms() {
        assertFalse(WORDNET.group(List.of("massacre", "telescope")).closeInMeaning("massacre"));
        assertTrue(WORDNET.group(List.of("massacre", "slaughter")).closeInMeaning("massacre"));
        assertTrue(WORDNET.group(List.of("the", "appointee")).closeInMeaning("appoint"));
        assertTrue(WORDNET.group(List.of("an", "illegal", "act")).opposes("legal"));
        assertFalse(WORDNET.group(List.of("a", "legal", "act")).opposes("legal"));
        assertFalse(WORDNET.group(List.of()).closeInMeaning("massacre"));
    }

    /** The made-up corpus's sentences (split at full stops), as lower-cased words. */
    private static List<List<String>> sentences() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/madeup-corpus"))) {
            for (Path file : files.sorted().toList()) {
                for (String sentence : Files.readString(file).split("[.!?]\\s")) {
                    List<String> words = new ArrayList<>();
                    Matcher m = WORD.matcher(sentence);
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                    if (!words.isEmpty()) {
                        out.add(words);
                    }
                }
            }
        }
        return out;
    }
}
