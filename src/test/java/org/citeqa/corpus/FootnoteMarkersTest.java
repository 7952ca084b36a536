package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.citeqa.corpus.CleanerTestSupport.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rule 5: footnote markers glued to words are removed only when the page's footnotes expect them, in order. */
class FootnoteMarkersTest {

    /** A one-page document: the body, then a footnote block with notes 1..count. */
    private static String body(String body, int count) {
        StringBuilder raw = new StringBuilder(body).append("\n\n \n");
        for (int n = 1; n <= count; n++) {
            raw.append(n).append(" Note ").append(n).append(".\n");
        }
        return raw.toString();
    }

    private static String cleanedBody(String body, int count) {
        return paragraphs(cleanText(body(body, count))).getFirst();
    }

    @Test
    void removesMarkersGluedAfterWordsAndPunctuation() {
        assertEquals("Led by the KLA, in Kosovo. Stubborn as a mule.\" The Contact Group met.",
                cleanedBody("Led by the KLA1, in Kosovo.2 Stubborn as a mule.\"3 The Contact Group4 met.", 4));
    }

    @Test
    void removesTwoDigitMarkersAndKeepsFollowingPunctuation() {
        String body = "one1 two2 three3 four4 five5 six6 seven7 eight8 nine9 in these negotiations10..! "
                + "By the Security Council11 too.";
        assertEquals("one two three four five six seven eight nine in these negotiations..! By the Security Council too.",
                cleanedBody(body, 11));
    }

    @Test
    void stripsAMarkerGluedToANumberOnlyWhenItIsTheExpectedOne() {
        assertEquals("the Army, the Resolution 1244 by which, before 1999 and Resolution 1244, done",
                cleanedBody("the Army1, the Resolution 12442 by which, before 19993 and Resolution 12444, done", 4));
        // Footnote 2 is expected but "12443" ends in 3: it is a number of the text, left alone.
        assertEquals("the Army, the Resolution 12443 by which",
                cleanedBody("the Army1, the Resolution 12443 by which", 2));
    }

    @Test
    void removesAnExpectedMarkerInFrontOfACapitalisedWord() {
        assertEquals("requested from SESG) Mr. Steiner to act", cleanedBody("requested from SESG) 1Mr. Steiner to act", 1));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        String body = "On June 26, 2013 the G8 and 98 countries, 1.7 million people and 15 percent agreed.";
        assertEquals(body, cleanedBody(body, 8));
    }

    @Test
    void neverTouchesNumbersInATextWithoutFootnoteBlocks() {
        String raw = "Resolution 12443 and the KLA1 stay as written, as does the G8.";
        assertEquals(raw, cleanText(raw));
    }

    @Test
    void markersAreExpectedPerPageAndRestartAfterEachFootnoteBlock() {
        String raw = lines("Page one cites Alpha1.", "", " ", "1 Note.", " Page two cites Beta1 and Gamma2.",
                "", " ", "1 Note.", "2 Note.");
        assertEquals("Page two cites Beta and Gamma.", paragraphs(cleanText(raw)).get(1));
    }
}
