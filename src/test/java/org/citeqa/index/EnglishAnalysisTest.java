package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishAnalysisTest {

    private final EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());

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
    void foldsIrregularNounPluralsFromWordNet() {
        assertEquals(analysis.terms("crisis child criterion"), analysis.terms("crises children criteria"));
    }

    @Test
    void keepsFormsThatAreWordsOfTheirOwn() {
        // "ground" is a noun far more than the past of "grind"; "bound" is a verb whose "bounded" stems to it.
        assertEquals(List.of("ground", "bound"), analysis.terms("ground bound"));
    }

    @Test
    void leavesWordsThatOnlyLookBritish() {
        assertEquals(List.of("promis", "surpris", "four", "hour", "otherwis"),
                analysis.terms("promise surprised four hours otherwise"));
    }
}
