package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishAnalysisTest {

    private final EnglishAnalysis analysis = new EnglishAnalysis();

    @Test
    void dropsPossessivesAndStopWordsAndStems() {
        assertEquals(List.of("kosovo", "independ", "negoti"), analysis.terms("Kosovo's independence and the negotiations"));
    }

    @Test
    void foldsAccentsSoPlainSpellingsMatch() {
        assertEquals(analysis.terms("Kostunica Cosja"), analysis.terms("Koštunica Çosja"));
    }

    @Test
    void foldsBritishSpellings() {
        assertEquals(analysis.terms("recognized organization neighbor center analyzed"),
                analysis.terms("recognised organisation neighbour centre analysed"));
    }

    @Test
    void foldsIrregularPastFormsIntoTheirBase() {
        assertEquals(analysis.terms("meet lead begin say win"), analysis.terms("met led began said won"));
        assertEquals(List.of("contact", "group", "meet", "london"), analysis.terms("The Contact Group met in London"));
    }

    @Test
    void leavesWordsThatOnlyLookBritish() {
        assertEquals(List.of("promis", "surpris", "four", "hour", "otherwis"),
                analysis.terms("promise surprised four hours otherwise"));
    }
}
