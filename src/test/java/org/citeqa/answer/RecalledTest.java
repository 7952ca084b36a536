package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** What the answerer remembers is what it would have computed: per kind and per text. */
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
    void aTextsSensesAreThoseOfItsContentWords() {
        WordNet.Group senses = recalled.senses("The massacre was condemned as illegal.");
        assertTrue(senses.closeInMeaning("slaughter"), "massacre");
        assertTrue(senses.opposes("legal"), "illegal");
        assertFalse(senses.closeInMeaning("telescope"));
        assertFalse(senses.opposes("was"), "stop words are not read");
    }

    @Test
    void aTextsSensesAreRememberedAndAnswerAsAFreshGroup() {
        String text = "The massacre was condemned as illegal by the envoy, who resigned after the vote.";
        WordNet.Group remembered = recalled.senses(text);
        assertSame(remembered, recalled.senses(text), "built once per text");
        WordNet.Group fresh = wordNet.group(recalled.words(text));
        for (String word : List.of("atrocity", "slaughter", "legal", "lawful", "diplomat", "ambassador", "quit",
                "election", "ballot", "condemn", "condemnation", "telescope", "envoy", "illegal", "resign")) {
            assertEquals(fresh.closeInMeaning(word), remembered.closeInMeaning(word), "close: " + word);
            assertEquals(fresh.opposes(word), remembered.opposes(word), "opposes: " + word);
        }
        assertTrue(remembered.closeInMeaning("slaughter") && remembered.opposes("legal"));
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
