package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** The typed values a sentence offers, found by their form alone. */
class TypedSpansTest {

    private static List<String> find(TypedSpans.Kind kind, String text) {
        return TypedSpans.find(kind, text).stream().map(TypedSpans.TypedSpan::text).toList();
    }

    @Test
    void datesInTheirCommonForms() {
        assertEquals(List.of("October 31, 2005"), find(TypedSpans.Kind.DATE, "It began on October 31, 2005 with talks."));
        assertEquals(List.of("12 March 1931"), find(TypedSpans.Kind.DATE, "It was signed on 12 March 1931 in Tromsø."));
        assertEquals(List.of("October 28 and 29, 2006"), find(TypedSpans.Kind.DATE, "held on October 28 and 29, 2006."));
        assertEquals(List.of("late 1990s", "1871"), find(TypedSpans.Kind.DATE, "popular in the late 1990s, not in 1871"));
        assertEquals(List.of("February 2008"), find(TypedSpans.Kind.DATE, "declared in February 2008."));
        assertEquals(List.of("late 18th century"), find(TypedSpans.Kind.DATE, "built in the late 18th century of stone"));
    }

    @Test
    void quantitiesWithTheirScaleOrAsWords() {
        assertEquals(List.of("51,000", "86%"), find(TypedSpans.Kind.QUANTITY, "more than 51,000 people, 86% of them"));
        assertEquals(List.of("fourteen"), find(TypedSpans.Kind.QUANTITY, "All fourteen crew were rescued."));
        assertEquals(List.of("1.7 million"), find(TypedSpans.Kind.QUANTITY, "a country of 1.7 million people"));
        assertEquals(List.of("790", "$60,000"), find(TypedSpans.Kind.QUANTITY, "790 km2 in Q2, or US$60,000"),
                "a digit of a unit or a label is no number of its own");
    }

    @Test
    void namesAreRunsOfCapitalisedWordsButNotALoneFirstWord() {
        assertEquals(List.of("Edda Marlowe"), find(TypedSpans.Kind.NAME, "It was founded by the hydrographer Edda Marlowe."));
        assertEquals(List.of("International Court of Justice"),
                find(TypedSpans.Kind.NAME, "Serbia asked the International Court of Justice."));
        assertEquals(List.of("Brannock Tidal Observatory", "Port Ellery"),
                find(TypedSpans.Kind.NAME, "The Brannock Tidal Observatory stands above Port Ellery."));
        assertEquals(List.of(), find(TypedSpans.Kind.NAME, "Several ships sank."));
    }

    @Test
    void aFirstStopWordIsCapitalisedOnlyBecauseItStartsTheSentence() {
        assertEquals(List.of("Valdoria"), find(TypedSpans.Kind.NAME, "On June 26, 2013 Valdoria joined."));
        assertEquals(List.of("Port Ellery", "Edda Marlowe"),
                find(TypedSpans.Kind.NAME, "In Port Ellery the observatory was run by Edda Marlowe."));
        assertEquals(List.of("United Nations"), find(TypedSpans.Kind.NAME, "United Nations envoys arrived."));
    }

    @Test
    void everySentenceOfAQuoteStartsWithACapitalThatNamesNothing() {
        assertEquals(List.of("Lina Holm"),
                find(TypedSpans.Kind.NAME, "Lina Holm arrived in spring. The ferry was late. When it came, all cheered."));
        assertEquals(List.of("Corvath"), find(TypedSpans.Kind.NAME, "It sailed on. In Corvath it docked."));
    }

    @Test
    void aLoneFirstWordIsANameWhenItCanBeNothingElse() {
        WordNet wordNet = new WordNet();
        assertEquals(List.of("Liszt", "Alden Pryce"), TypedSpans.find(TypedSpans.Kind.NAME,
                "Liszt was the dedicatee, and Alden Pryce the copyist.", wordNet::isOnlyAName).stream()
                .map(TypedSpans.TypedSpan::text).toList());
        assertEquals(List.of(), TypedSpans.find(TypedSpans.Kind.NAME, "Several ships sank.", wordNet::isOnlyAName));
    }

    @Test
    void aLoneCapitalisedFunctionWordIsGrammarWhereverItStands() {
        assertEquals(List.of("Lina Holm"), find(TypedSpans.Kind.NAME, "Lina Holm wrote that \"What others play, he sings.\""));
        assertEquals(List.of("Alden Pryce"), find(TypedSpans.Kind.NAME, "The study, No. 5, was recorded by Alden Pryce."));
        assertEquals(List.of("US", "Corvath"), find(TypedSpans.Kind.NAME, "The US envoy met us in Corvath."),
                "a word in capitals is a name");
    }

    @Test
    void aNameStartsAWord() {
        assertEquals(List.of("Jonas Quill"), find(TypedSpans.Kind.NAME, "The iPod was shown by Jonas Quill."));
    }

    @Test
    void anAcronymIsStatedByTheCapitalisedWordsItAbbreviates() {
        assertEquals(true, TypedSpans.acronymIn("CMO", "Who heads the Corvath Maritime Office?"));
        assertEquals(true, TypedSpans.acronymIn("ICJ", "What did the International Court of Justice say?"));
        assertEquals(false, TypedSpans.acronymIn("CMO", "Who heads the office in Corvath?"));
        assertEquals(false, TypedSpans.acronymIn("Corvath", "Who heads the Corvath Maritime Office?"));
    }

    @Test
    void aNameTheQuestionWritesAsInitialsIsFound() {
        assertEquals(true, TypedSpans.initialsIn("Northern Trade Compact", "Which NTC members stayed out?"));
        assertEquals(true, TypedSpans.initialsIn("Trade Compact", "TC members?"));
        assertEquals(false, TypedSpans.initialsIn("Northern Trade Compact", "Which NTCs stayed out?"), "a whole word");
        assertEquals(false, TypedSpans.initialsIn("P and PSPACE", "Are RP, BPP and PP there?"), "capitals, no initials");
        assertEquals(false, TypedSpans.initialsIn("Corvath", "Is C the answer?"), "one word has no initials");
    }
}
