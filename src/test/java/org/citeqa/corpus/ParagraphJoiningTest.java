package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.citeqa.corpus.CleanerTestSupport.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 3: hard-wrapped lines join into one-line paragraphs, also across a footnote block at a page end. */
class ParagraphJoiningTest {

    @Test
    void consecutiveLinesFormOneParagraphAndBlankLinesSeparate() {
        String raw = lines("First paragraph, wrapped ", "over two lines.", "", "Second one.");
        assertEquals("First paragraph, wrapped over two lines.\n\nSecond one.", cleanText(raw));
    }

    @Test
    void whitespaceOnlyLinesSeparateParagraphsToo() {
        assertEquals(List.of("One.", "Two."), paragraphs(cleanText(lines("One.", "   ", "Two."))));
    }

    @Test
    void headingsAndKeywordLinesStayTheirOwnParagraphs() {
        String raw = lines("Keywords: trade, borders", "", "2. The Historical Context", "", "Text follows here.");
        assertEquals(List.of("Keywords: trade, borders", "2. The Historical Context", "Text follows here."),
                paragraphs(cleanText(raw)));
    }

    @Test
    void bodyBeforeAndAfterAFootnoteBlockJoinsIntoOneParagraph() {
        String raw = lines(
                "The envoy said: my message is clear: either ",
                "",
                " ",
                "1 A footnote about the envoy.",
                " fight yourself or sign the agreement.",
                "",
                "Next paragraph.");
        assertEquals(List.of(
                        "The envoy said: my message is clear: either fight yourself or sign the agreement.",
                        "Next paragraph.",
                        "Notes",
                        "1 A footnote about the envoy."),
                paragraphs(cleanText(raw)));
    }

    @Test
    void aNewSentenceAfterAFootnoteBlockStartsANewParagraph() {
        String raw = lines(
                "The first page ends with a full sentence.",
                "",
                " ",
                "1 A footnote.",
                " The Ambassador reported on the second page.");
        assertEquals(List.of(
                        "The first page ends with a full sentence.",
                        "The Ambassador reported on the second page.",
                        "Notes",
                        "1 A footnote."),
                paragraphs(cleanText(raw)));
    }

    @Test
    void aSentenceCutByAStrayBlankLineIsRejoined() {
        String raw = lines("during which time the powers will", "", "exert pressure on the parties.");
        assertEquals("during which time the powers will exert pressure on the parties.", cleanText(raw));
    }

    @Test
    void listItemsAreNotMistakenForACutSentence() {
        String raw = lines("a. No return to status before 1999", "", "b. There is no division");
        assertEquals(List.of("a. No return to status before 1999", "b. There is no division"),
                paragraphs(cleanText(raw)));
    }
}
