package org.citeqa.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** WordNet 3.1 through the facade, on the real data. */
class WordNetTest {

    private static final WordNet WORDNET = new WordNet();

    @Test
    void adjectivesAsWritten() {
        assertTrue(WORDNET.isAdjective("Swedish"));
        assertTrue(WORDNET.isAdjective("alpine"));
        assertTrue(WORDNET.isAdjective("serbian"));
        assertFalse(WORDNET.isAdjective("braver"), "an inflection, not an adjective of its own");
        assertFalse(WORDNET.isAdjective("Egypt"));
        assertFalse(WORDNET.isAdjective("qwertyuiop"));
    }

    @Test
    void aWordWrittenCapitalisedInEverySenseIsOnlyAName() {
        assertTrue(WORDNET.isOnlyAName("Liszt"));
        assertTrue(WORDNET.isOnlyAName("Mongols"));
        assertFalse(WORDNET.isOnlyAName("Several"));
        assertFalse(WORDNET.isOnlyAName("Afterwards"));
        assertFalse(WORDNET.isOnlyAName("Bill"), "a name, and a common noun too");
        assertFalse(WORDNET.isOnlyAName("Tarnholm"), "unknown: it may be a name or a word WordNet lacks ('Although')");
    }

    @Test
    void synonymsShareASynset() {
        assertTrue(WORDNET.synonyms("massacre", "slaughter"));
        assertTrue(WORDNET.synonyms("rejected", "refuse"), "morphology first: rejected is reject");
        assertFalse(WORDNET.synonyms("massacre", "election"));
        assertFalse(WORDNET.synonyms("qwertyuiop", "qwertyuiop"), "unknown words are nobody's synonyms");
    }

    @Test
    void antonymsDirectThroughDerivationsAndSimilarAdjectives() {
        assertTrue(WORDNET.antonyms("accepted", "rejected"));
        assertTrue(WORDNET.antonyms("increase", "decrease"));
        assertTrue(WORDNET.antonyms("won", "lose"));
        assertTrue(WORDNET.antonyms("legal", "illegal"));
        assertTrue(WORDNET.antonyms("acceptance", "rejection"), "through accept/reject");
        assertFalse(WORDNET.antonyms("accept", "sign"));
    }

    @Test
    void derivationsRelateForms() {
        assertTrue(WORDNET.derivationallyRelated("appoint", "appointee"));
        assertTrue(WORDNET.derivationallyRelated("founder", "found"));
        assertFalse(WORDNET.derivationallyRelated("appoint", "harbour"));
    }

    @Test
    void hypernymDistanceMeasuresHowCloseMeaningsAre() {
        assertEquals(Optional.of(0), WORDNET.hypernymDistance("massacre", "carnage", 4));
        assertTrue(WORDNET.hypernymDistance("massacre", "murder", 4).orElseThrow() <= 2);
        assertTrue(WORDNET.hypernymDistance("massacre", "telescope", 4).isEmpty());
    }

    @Test
    void kindsOfThingsByHypernyms() {
        assertTrue(WORDNET.isKindOf("Gdansk", SemanticClass.LOCATION), "an instance of a city");
        assertTrue(WORDNET.isKindOf("Rotterdam", SemanticClass.LOCATION));
        assertTrue(WORDNET.isKindOf("harbour", SemanticClass.LOCATION));
        assertFalse(WORDNET.isKindOf("headland", SemanticClass.PERSON), "a geological formation");
        assertTrue(WORDNET.isKindOf("astronomer", SemanticClass.PERSON));
        assertTrue(WORDNET.isKindOf("ambassador", SemanticClass.PERSON));
        assertTrue(WORDNET.isKindOf("agency", SemanticClass.ORGANIZATION));
        assertTrue(WORDNET.isKindOf("month", SemanticClass.TIME_UNIT));
        assertTrue(WORDNET.isKindOf("metre", SemanticClass.QUANTITY_UNIT));
        assertTrue(WORDNET.isKindOf("observatory", SemanticClass.STRUCTURE));
        assertFalse(WORDNET.isKindOf("astronomer", SemanticClass.LOCATION));
        assertFalse(WORDNET.isKindOf("qwertyuiop", SemanticClass.PERSON));
    }

    @Test
    void irregularFormsFoldIntoTheirBaseUnlessTheyAreWordsOfTheirOwn() {
        assertEquals(Optional.of("meet"), WORDNET.irregularBase("met"));
        assertEquals(Optional.of("lead"), WORDNET.irregularBase("led"));
        assertEquals(Optional.of("child"), WORDNET.irregularBase("children"));
        assertEquals(Optional.of("crisis"), WORDNET.irregularBase("crises"));
        assertEquals(Optional.empty(), WORDNET.irregularBase("ground"), "a noun in its own right");
        assertEquals(Optional.empty(), WORDNET.irregularBase("walked"), "regular");
        assertTrue(WORDNET.isIrregularVerbForm("met"));
        assertFalse(WORDNET.isIrregularVerbForm("children"));
        assertEquals("meet", WORDNET.irregularForms().get("met"));
        assertTrue(WORDNET.irregularForms().size() > 2000, "verb and noun exception lists");
    }

    @Test
    void theIrregularFormsAreEachFormsIrregularBase() {
        // irregularForms reads only the bases (it runs at every start); they must be what irregularBase says.
        Map<String, String> forms = WORDNET.irregularForms();
        WordNet fresh = new WordNet();
        for (String form : List.of("met", "led", "children", "crises", "ground", "thought", "left", "geese", "went")) {
            assertEquals(fresh.irregularBase(form), Optional.ofNullable(forms.get(form)), form);
        }
        int checked = 0;
        for (Map.Entry<String, String> e : forms.entrySet()) {
            if (checked++ % 10 == 0) {
                assertEquals(Optional.of(e.getValue()), fresh.irregularBase(e.getKey()), e.getKey());
            }
        }
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(5)
    void wordsOfManyPartsAreNotLookedUpSoTheMorphologyCannotExplode() {
        String many = "a_".repeat(30) + "a";
        org.junit.jupiter.api.Assertions.assertFalse(WORDNET.isWord(many));
        org.junit.jupiter.api.Assertions.assertFalse(WORDNET.synonyms(many, "a"));
        org.junit.jupiter.api.Assertions.assertFalse(WORDNET.isWord("x".repeat(200)));
        org.junit.jupiter.api.Assertions.assertTrue(WORDNET.isWord("well-known"));
    }
}
