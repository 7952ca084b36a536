package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuestionAnalyzerTest {

    private static final WordNet WORDNET = new WordNet();
    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(WORDNET);
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer(ANALYSIS, new Tagger(), WORDNET);

    private boolean statedIn(String value, String question) {
        return analyzer.analyze(question).states(new TypedSpans.TypedSpan(TypedSpans.Kind.QUANTITY, 0, value.length(),
                value), ANALYSIS);
    }

    @Test
    void aValueIsStatedWhenEachOfItsNumbersIsAWholeNumberOfTheQuestion() {
        assertEquals(true, statedIn("March 26, 2013", "what happened on march 26, 2013?"));
        assertEquals(true, statedIn("51,000", "did 51000 people march?"));
        assertEquals(false, statedIn("20", "what happened in 2013?"));
        assertEquals(false, statedIn("June 26, 2013", "what happened in 2013?"));
        assertEquals(true, statedIn("half", "did half of them leave?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "When did the talks start?|DATE",
            "On what date was the treaty signed?|DATE",
            "In which year did it end?|DATE",
            "In what decade did the jobs decline?|DATE",
            "In which century was the castle built?|DATE",
            "What years did the emperor reign?|DATE",
            "At what age did she start singing?|QUANTITY",
            "How many soldiers served there?|QUANTITY",
            "According to the report, how many people were hurt?|QUANTITY",
            "What share of the vote did they get?|QUANTITY",
            "What is the population of the city?|QUANTITY",
            "Who led the delegation?|ACTOR",
            "Which countries objected?|ACTOR",
            "Which EU member states do not agree?|ACTOR",
            "Where was the conference held?|PLACE",
            "In which city did they meet?|PLACE",
            "Why did Spain object?|REASON",
            "What did the envoy propose?|OTHER",
            "Which model was proposed?|OTHER"})
    void readsTheAnswerTypeFromTheQuestionWords(String question, AnswerType expected) {
        assertEquals(expected, QuestionAnalyzer.typeOf(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Which Varrish parliamentary leader warned that the treaty would fail?|ACTOR",
            "Which former harbour master opened the museum?|ACTOR",
            "What company bought the brewery in 1971?|ACTOR",
            "What city did the engineer come from?|PLACE",
            "Which coastal town did the ferry leave from?|PLACE",
            "Which party won the election?|ACTOR",
            "In which village was the composer born?|PLACE",
            "Which village sent the most men?|ACTOR",
            "What type of engine was fitted?|OTHER",
            "What kind of stone was used?|OTHER",
            "Which of the towers is older?|OTHER",
            "What did the keeper see?|OTHER",
            "Which beer was brewed first?|OTHER"})
    void readsTheAnswerTypeFromTheNounWhichOrWhatAsksAbout(String question, AnswerType expected) {
        assertEquals(expected, analyzer.analyze(question).type());
    }

    @Test
    void keepsContentTermsAndDropsQuestionWords() {
        QuestionAnalysis q = analyzer.analyze("How many French soldiers served in KFOR in 2011?");
        assertEquals(java.util.List.of("french", "soldier", "serv", "kfor", "2011"), q.terms());
        assertEquals(Set.of("2011"), q.numbers());
        assertTrue(q.names().containsAll(Set.of("french", "kfor")));
        assertFalse(q.names().contains("how"));
    }

    @Test
    void theAdjectiveOfAMeasureAskedIsAQuestionWord() {
        EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());
        // "The strike lasted seven weeks" answers without saying "long".
        assertEquals(analysis.terms("weavers strike"), analyzer.analyze("How long were the weavers on strike?").terms());
        assertEquals(analysis.terms("towers measured from water"),
                analyzer.analyze("How tall are the towers measured from the water?").terms());
        assertEquals(AnswerType.QUANTITY, analyzer.analyze("How far is the quarry from the town?").type());
        // Not asking a measure, the adjective is a word of the subject.
        assertEquals(analysis.terms("long bridge cost"), analyzer.analyze("What did the long bridge cost?").terms());
    }

    @Test
    void normalisesNumbersWithThousandsSeparators() {
        assertEquals(Set.of("51000", "1.7"), QuestionAnalyzer.numbers("51,000 people and 1.7 million"));
    }

    @Test
    void aHowManyQuestionKnowsWhatItCounts() {
        EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());
        assertEquals(Set.copyOf(analysis.terms("French soldiers served")),
                analyzer.analyze("How many French soldiers served in KFOR in 2011?").countedTerms());
        assertEquals(Set.copyOf(analysis.terms("member states")),
                analyzer.analyze("According to the report, how many member states had recognised it?").countedTerms());
        assertTrue(analyzer.analyze("How long was the proposal?").countedTerms().isEmpty());
        assertTrue(analyzer.analyze("Who led the delegation?").countedTerms().isEmpty());
    }
}
