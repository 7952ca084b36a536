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
    void leavesWordsThatOnlyLookBritish() {
        assertEquals(List.of("promis", "surpris", "four", "hour", "otherwis"),
                analysis.terms("promise surprised four hours otherwise"));
    }
}
