package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** Which numbers of a sentence can answer a "how many" question, and which count what it counts; made-up sentences. */
class QuantitiesTest {

    private static final WordNet WORDNET = new WordNet();
    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(WORDNET);
    private final QuestionAnalyzer questions = new QuestionAnalyzer(ANALYSIS, new Tagger(), WORDNET);

    private Quantities read(String question, String sentence) {
        return Quantities.of(sentence, ANALYSIS.tokens(sentence), questions.analyze(question),
                Quantities.unitsIn(WORDNET));
    }

    private boolean counts(String question, String sentence) {
        return read(question, sentence).anyCounts();
    }

    private List<String> answering(String question, String sentence) {
        Quantities q = read(question, sentence);
        return q.quantities().stream().filter(q::answers).map(TypedSpans.TypedSpan::text).toList();
    }

    @Test
    void aNumberOfWhatIsCountedCounts() {
        assertTrue(counts("How many guards were wounded?", "The riot left 780 harbour guards wounded."));
        assertTrue(counts("How many guards were wounded?", "Fourteen guards were wounded."));
        assertTrue(counts("How many members signed?", "It was signed by 27 (81%) members."));
    }

    @Test
    void onlyAMeasureAnswersHowLong() {
        String strike = "In April 1893 the weavers walked out over a ten per cent cut in piece rates; the strike lasted"
                + " seven weeks and involved 300 hands.";
        assertEquals(List.of("seven"), answering("How long were the weavers on strike?", strike),
                "a share and a count of people say no length");
        assertEquals(List.of("412"), answering("How long is the main span?",
                "The bridge had 3 towers and a main span 412 feet across."));
        assertEquals(List.of("ten", "seven", "300"), answering("How much did the strike cost the firm?", strike),
                "any number may answer another question");
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

    @Test
    void aCountEndsWithItsPhrase() {
        assertFalse(counts("How many guards were wounded?", "In 2006, guards were wounded."), "a year, then a comma");
        assertFalse(counts("How many guards were wounded?", "They lost 20; guards fled."));
    }

    @Test
    void aSumOfMoneyAnswersHowMuchNotHowMany() {
        assertEquals(List.of(), answering("How many patients are admitted each year?",
                "The hospitals, with a budget of $6.7 billion, admit patients every year."));
        assertEquals(List.of("$6.7 billion"), answering("How much is the hospitals' budget?",
                "The hospitals have a budget of $6.7 billion."));
    }

    @Test
    void datesOnesAndReferenceMarksCannotAnswer() {
        assertEquals(List.of("two"), answering("How many gates were destroyed?",
                "On March 17, 2008 the council destroyed two gates, one of the worst attacks.[1]"));
        assertEquals(List.of("1871"), answering("How many guards were there?", "In 1871 there were 1871 guards."));
        assertEquals(List.of("1,500"), answering("How much did the repairs cost?",
                "In 1871 the repairs cost 1,500 pounds."));
    }

    @Test
    void aMeasureCountsNoMembers() {
        String record = "The race record, 9 minutes 41 seconds, was set in 2011 by the crew of the Lesk Rowing Club.";
        assertEquals(List.of(), answering("How many members does the Lesk Rowing Club have?", record));
        assertEquals(List.of("9", "41"), answering("How many seconds did the record crew need?", record).stream()
                .filter(n -> !n.equals("2011")).toList());
        assertEquals(List.of(), answering("How many arches does the bridge have?", "The bridge is 214 metres long."));
        assertEquals(List.of("214"), answering("How many metres long is the bridge?", "The bridge is 214 metres long."));
    }
}
