package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** Whether a sentence gives a number of what a "how many" question counts, on made-up sentences. */
class CountsTest {

    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(new WordNet());
    private final QuestionAnalyzer questions = new QuestionAnalyzer(ANALYSIS);

    private boolean counts(String question, String sentence) {
        return Counts.anyCounts(TypedSpans.find(TypedSpans.Kind.QUANTITY, sentence), ANALYSIS.tokens(sentence),
                questions.analyze(question).countedTerms(), TypedSpans.find(TypedSpans.Kind.DATE, sentence));
    }

    @Test
    void aNumberOfWhatIsCountedCounts() {
        assertTrue(counts("How many guards were wounded?", "The riot left 780 harbour guards wounded."));
        assertTrue(counts("How many guards were wounded?", "Fourteen guards were wounded."));
        assertTrue(counts("How many members signed?", "It was signed by 27 (81%) members."));
    }

    @Test
    void aNumberOfSomethingElseDoesNot() {
        assertFalse(counts("How many guards were wounded?", "The riot destroyed 20 boats of the harbour."));
    }

    @Test
    void aDateBeforeTheCountedWordIsNoCount() {
        assertFalse(counts("How many harbour guards were wounded?",
                "The council ordered the March 17, 2008 attack on the harbour guards."), "a date is no count");
        assertFalse(counts("How many harbour guards were wounded?",
                "The 2008 attack on the harbour guards was ordered by the council."), "a year is no count");
        assertTrue(counts("How many guards were there?", "In 1871 there were 2000 guards."),
                "a number right before the counted word counts, even one that could be a year");
    }
}
