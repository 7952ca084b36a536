package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.citeqa.corpus.CleanerTestSupport.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 6: exact duplicate paragraphs (after whitespace normalisation) are dropped; rewordings stay. */
class DuplicateParagraphTest {

    @Test
    void keepsTheFirstOfExactDuplicatesEvenWhenWrappedDifferently() {
        String raw = lines("The talks continued", "in Vienna.", "", "Other text.", "", "The talks   continued in",
                "Vienna.");
        assertEquals(List.of("The talks continued in Vienna.", "Other text."), paragraphs(cleanText(raw)));
    }

    @Test
    void keepsNearDuplicates() {
        String raw = lines("The talks continued in Vienna.", "", "The talks were continued in Vienna.");
        assertEquals(List.of("The talks continued in Vienna.", "The talks were continued in Vienna."),
                paragraphs(cleanText(raw)));
    }
}
