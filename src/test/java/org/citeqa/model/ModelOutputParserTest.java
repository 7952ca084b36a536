package org.citeqa.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelOutputParserTest {

    private final ModelOutputParser parser = new ModelOutputParser();

    @Test
    void markersBeforeOrAfterTheStopStayWithTheirSentence() {
        assertEquals(List.of(new DraftSentence("Serbia proposed the Hong Kong model.", List.of(2)),
                        new DraftSentence("Kosovo refused it.", List.of(2, 3)),
                        new DraftSentence("Talks went on.", List.of(1, 4))),
                parser.parse("Serbia proposed the Hong Kong model [2]. Kosovo refused it.[2][3] Talks went on. [1, 4]"));
    }

    @Test
    void uncitedSentencesKeepNoNumbers() {
        assertEquals(List.of(new DraftSentence("No marker here.", List.of())), parser.parse("No marker here."));
    }

    @Test
    void renderPutsMarkersBeforeTheClosingPunctuation() {
        assertEquals("A happened [1]. B too [1][2]! C.", CitationPostProcessor.render(List.of(
                new AnswerSentence("A happened.", List.of(1), true), new AnswerSentence("B too!", List.of(1, 2), true),
                new AnswerSentence("C.", List.of(), false))));
    }
}
