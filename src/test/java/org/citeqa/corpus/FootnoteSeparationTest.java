package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.citeqa.corpus.CleanerTestSupport.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 4: footnote blocks of PDF-extracted text move, whole and in order, to a final "Notes" section. */
class FootnoteSeparationTest {

    private static final String TWO_PAGES = lines(
            "Body of page one mentions the army1 and the ",
            "riots.2 The page ends in the middle of a ",
            "",
            " ",
            "1 First note of page one ",
            "2 Second note, which runs ",
            "  over an indented line and ",
            "an unindented one with 4,100 people. ",
            " sentence that continues on page two with the vote.1 ",
            "",
            "Another paragraph of page two. ",
            "",
            " ",
            "1 The only note of page two, with a link ",
            "/that/continues.pdf ");

    @Test
    void footnotesMoveToTheEndUnderNotesWithTheirNumbersAndContinuationLines() {
        assertEquals(List.of(
                        "Body of page one mentions the army and the riots. The page ends in the middle of a "
                                + "sentence that continues on page two with the vote.",
                        "Another paragraph of page two.",
                        "Notes",
                        "1 First note of page one",
                        "2 Second note, which runs over an indented line and an unindented one with 4,100 people.",
                        "1 The only note of page two, with a link /that/continues.pdf"),
                paragraphs(cleanText(TWO_PAGES)));
    }

    @Test
    void aFootnoteNumberGluedToItsTextIsSeparatedByASpace() {
        String raw = lines("Body text.", " ", "1 One.", "2UN-Report, p. 15.", " More body.");
        assertEquals(List.of("Body text.", "More body.", "Notes", "1 One.", "2 UN-Report, p. 15."),
                paragraphs(cleanText(raw)));
    }

    @Test
    void aNumberedListAfterABlankLineIsNotAFootnoteBlock() {
        String raw = lines("Steps to follow:", " ", "1 Open the box", "2 Take the item", "", "Done.");
        String cleaned = cleanText(raw);
        assertFalse(cleaned.contains("Notes"), cleaned);
        assertEquals(List.of("Steps to follow:", "1 Open the box 2 Take the item", "Done."), paragraphs(cleaned));
    }

    @Test
    void aNumberedHeadingIsNotAFootnote() {
        String raw = lines("Keywords: a, b", "", " ", "", "1. Introduction", "", "Text.");
        assertEquals(List.of("Keywords: a, b", "1. Introduction", "Text."), paragraphs(cleanText(raw)));
    }

    @Test
    void textWithoutFootnoteBlocksHasNoNotesSection() {
        assertFalse(cleanText(lines("Plain text.", "", "More text.")).contains("Notes"));
    }
}
