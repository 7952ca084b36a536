package org.citeqa.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citeqa.chunk.Span;
import org.citeqa.index.Sentence;
import org.junit.jupiter.api.Test;

/** What a candidate sentence may leave to its paragraph: the sentences before it, never the paragraph before. */
class CandidateContextTest {

    private static final String TEXT = "The port lies north. It has two quays.\n\n"
            + "The schooner was renamed Havørn. She carried ice. A storm drove her aground. All crew were rescued.";

    private static List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (String s : TEXT.split("(?<=\\.)\\s+")) {
            int start = TEXT.indexOf(s, from);
            out.add(new Sentence("doc", out.size(), new Span(start, start + s.length()), List.of(), Set.of()));
            from = start + s.length();
        }
        return out;
    }

    @Test
    void upToThreeSentencesOfTheParagraphBefore() {
        assertEquals("The schooner was renamed Havørn.\nShe carried ice.\nA storm drove her aground.\n",
                CandidateRetriever.context(TEXT, sentences(), 5));
    }

    @Test
    void notBeyondTheParagraphsStart() {
        assertEquals("The schooner was renamed Havørn.\nShe carried ice.\n", CandidateRetriever.context(TEXT, sentences(), 4));
    }

    @Test
    void theSentenceJustBeforeEvenAcrossAParagraphBreak() {
        // A heading or the paragraph before can name what the first sentence speaks of.
        assertEquals("It has two quays.\n", CandidateRetriever.context(TEXT, sentences(), 2));
        assertEquals("", CandidateRetriever.context(TEXT, sentences(), 0));
    }
}
