package org.citeqa.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenNLP's English POS and chunk models through the facade, on made-up sentences. */
class TaggerTest {

    private static final Tagger TAGGER = new Tagger();

    @Test
    void tagsAndChunksWithExactOffsets() {
        String s = "It was founded in 1871 by the hydrographer Edda Marlowe.";
        TaggedSentence t = TAGGER.tag(s);
        for (TaggedToken token : t.tokens()) {
            assertEquals(token.text(), s.substring(token.start(), token.end()));
        }
        TaggedToken founded = t.tokens().get(2);
        assertEquals("founded", founded.text());
        assertTrue(founded.isPastVerb(), founded::toString);
        assertTrue(t.tokens().get(4).isNumber());
        assertTrue(t.tokens().get(0).isPronoun());
        assertEquals(List.of("Edda Marlowe"), t.properNounPhrases().stream().map(Phrase::text).toList());
        assertTrue(t.nounPhrases().stream().anyMatch(p -> p.text().equals("the hydrographer Edda Marlowe")),
                t.nounPhrases()::toString);
    }

    @Test
    void properNounPhrasesAreTheNamesWhateverTheyName() {
        TaggedSentence t = TAGGER.tag("The Sea Aster was built in Gdansk for the International Court of Justice.");
        assertEquals(List.of("Sea Aster", "Gdansk", "International Court of Justice"),
                t.properNounPhrases().stream().map(Phrase::text).toList());
    }

    @Test
    void possessivesAndNegationsAreSplitAsInTheTreebank() {
        TaggedSentence t = TAGGER.tag("Kosovo’s assembly didn't meet.");
        assertEquals(List.of("Kosovo", "’s", "assembly", "did", "n't", "meet", "."),
                t.tokens().stream().map(TaggedToken::text).toList());
        assertEquals("POS", t.tokens().get(1).tag());
        assertEquals("RB", t.tokens().get(4).tag());
    }

    @Test
    void callersTokensAreKept() {
        String s = "Marlowe met them.";
        TaggedSentence t = TAGGER.tag(s, List.of(new int[] {0, 7}, new int[] {8, 11}, new int[] {12, 16}, new int[] {16, 17}));
        assertEquals(4, t.tokens().size());
        assertEquals("VBD", t.tokens().get(1).tag());
        assertTrue(TAGGER.tag("").tokens().isEmpty());
    }
}
