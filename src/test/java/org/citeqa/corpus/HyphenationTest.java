package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rule 2: words hyphenated across line breaks are rejoined; dashes at line ends stay dashes. */
class HyphenationTest {

    @Test
    void keepsTheHyphenBeforeAnUppercasePart() {
        assertEquals("the Under-Secretary of the body",
                cleanText(lines("the Under-", "Secretary of the body")));
    }

    @Test
    void keepsTheHyphenAfterADigit() {
        assertEquals("after 40-days of talks a 12-point plan",
                cleanText(lines("after 40-", "days of talks a 12-", "point plan")));
    }

    @Test
    void dropsTheHyphenOfALowercaseSplitWhenTheJoinedWordIsUsedElsewhere() {
        // The joined spelling wins even when the hyphenated one occurs too.
        String cleaned = cleanText(lines("The co-", "operation began.", "", "Cooperation, or co-operation, is slow."));
        assertTrue(cleaned.startsWith("The cooperation began."), cleaned);
    }

    @Test
    void keepsTheHyphenOfALowercaseSplitWhenTheHyphenatedFormIsUsedElsewhere() {
        String cleaned = cleanText(lines("A well-known fact is well-", "known to all."));
        assertEquals("A well-known fact is well-known to all.", cleaned);
    }

    @Test
    void dropsTheHyphenOfALowercaseSplitWhenTheDocumentDoesNotTell() {
        assertEquals("the negotiations failed", cleanText(lines("the negoti-", "ations failed")));
    }

    @Test
    void aSpacedDashAtTheLineEndIsADash() {
        assertEquals("the force - would help", cleanText(lines("the force -", "would help")));
    }

    @Test
    void joinsAnAddressBrokenBeforeASlash() {
        assertEquals("see http://www.example.org/docs/press/1.pdf",
                cleanText(lines("see http://www.example.org/docs", "/press/1.pdf")));
    }

    @Test
    void hyphenationRulesDirectly() {
        Hyphenation hyphenation = new Hyphenation("inter-state and international");
        assertEquals("international", hyphenation.join("inter-", "national"));
        assertEquals("inter-state", hyphenation.join("inter-", "state"));
        assertEquals("Secretary-General", hyphenation.join("Secretary-", "General"));
        assertEquals("Kosovo - Serbia", hyphenation.join("Kosovo -", "Serbia"));
        assertEquals("plain words", hyphenation.join("plain", "words"));
    }
}
