package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rule 7: line endings, odd spaces, BOM and control characters are normalised; other Unicode is kept. */
class NormalisationTest {

    @Test
    void windowsLineEndingsSeparateParagraphsLikeUnixOnes() {
        assertEquals("First line continued.\n\nSecond paragraph.",
                cleanText("First line\r\ncontinued.\r\n\r\nSecond paragraph.\r\n"));
    }

    @Test
    void byteOrderMarkIsStripped() {
        assertEquals("Text.", cleanText("\uFEFFText."));
    }

    @Test
    void nonBreakingSpacesAndTabsBecomeSingleSpaces() {
        assertEquals("a b c d", cleanText("a\u00A0b\t\tc \u202F d"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("Bell and null gone.", cleanText("Bell\u0007 and null\u0000 gone."));
    }

    @Test
    void whitespaceRunsCollapseAndParagraphsAreTrimmed() {
        assertEquals("One two three.", cleanText("   One    two\t three.   \n\n\n\n"));
    }

    @Test
    void nonAsciiLettersQuotesAndDashesAreKept() {
        String raw = "Rexhep Çosja met Koštunica – “quoted” and ‘single’ — done.";
        assertEquals(raw, cleanText(raw));
    }

    @Test
    void emptyOrBlankInputGivesEmptyText() {
        assertEquals("", cleanText(""));
        assertEquals("", cleanText(" \n\t\n \r\n"));
    }
}
