package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** What the answerer remembers is what it would have computed: per kind, per text, per ordered pair of words. */
class RecalledTest {

    private final WordNet wordNet = new WordNet();
    private final Recalled recalled = new Recalled(new EnglishAnalysis(wordNet), wordNet);

    private static final String SENTENCE = "On 17 February 2008 the Assembly of Kosovo declared independence, and 51 states"
            + " recognised it within a year.";

    @Test
    void spansAreRememberedPerKindAndText() {
        for (int round = 0; round < 2; round++) {
            for (TypedSpans.Kind kind : TypedSpans.Kind.values()) {
                assertEquals(TypedSpans.find(kind, SENTENCE), recalled.spans(kind, SENTENCE), kind + " in round " + round);
            }
        }
        assertEquals(List.of("51"), recalled.spans(TypedSpans.Kind.QUANTITY, SENTENCE).stream()
                .map(TypedSpans.TypedSpan::text).filter(t -> !t.equals("17") && !t.equals("2008")).toList());
        assertTrue(recalled.spans(TypedSpans.Kind.DATE, "No date here.").isEmpty());
    }

    @Test
    void wordRelationsAreThoseOfWordNetWhateverWasAskedBefore() {
        List<List<String>> pairs = List.of(List.of("massacre", "slaughter"), List.of("appoint", "appointee"),
                List.of("atrocity", "harbour"), List.of("increase", "decrease"), List.of("legal", "illegal"),
                List.of("decrease", "increase"), List.of("founder", "found"), List.of("massacre", "telescope"));
        int same = 0, opposite = 0;
        for (int round = 0; round < 2; round++) {
            for (List<String> p : pairs) {
                String a = p.get(0), b = p.get(1);
                boolean direct = wordNet.synonyms(a, b) || wordNet.derivationallyRelated(a, b)
                        || wordNet.hypernymDistance(a, b, 1).isPresent();
                assertEquals(direct, recalled.sameMeaning(a, b), a + " ~ " + b);
                assertEquals(wordNet.antonyms(a, b), recalled.antonyms(a, b), a + " <> " + b);
                same += direct ? 1 : 0;
                opposite += wordNet.antonyms(a, b) ? 1 : 0;
            }
        }
        assertTrue(recalled.sameMeaning("massacre", "slaughter") && !recalled.sameMeaning("massacre", "telescope"));
        assertTrue(recalled.antonyms("legal", "illegal") && !recalled.antonyms("legal", "harbour"));
        assertTrue(same > 0 && same < 2 * pairs.size() && opposite > 0, same + " / " + opposite);
    }

    @Test
    void wordsAndTermsOfATextAreItsAnalysedContent() {
        List<String> words = recalled.words("The observatory was founded in 1871.");
        assertTrue(words.contains("observatory") && words.contains("founded") && words.contains("1871"), words.toString());
        assertFalse(words.contains("the") || words.contains("was"), words.toString());
        assertEquals(recalled.words("The observatory was founded in 1871."), words);
        assertTrue(recalled.terms("Kosovo declares independence").size() >= 3);
    }
}
