package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** A sentence that calls a name by its last word states the whole name the question writes, on made-up text. */
class ShortNamesTest {

    private static final WordNet WORDNET = new WordNet();
    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(WORDNET);
    private static final String DOCUMENT = "Ilse Varga (1889–1961) was a botanist. Varga died in Edelby on 3 March 1961.";

    private static Set<String> stated(String question, String sentence, String document) {
        return new ShortNames(question, ANALYSIS, WORDNET::isCommonWord).statedBy(sentence, "doc", document);
    }

    private static Set<String> termsOf(String words) {
        return Set.copyOf(ANALYSIS.terms(words));
    }

    @Test
    void aSurnameStatesTheFullNameItsDocumentWrites() {
        assertEquals(termsOf("Ilse"), stated("When did Ilse Varga die?", "Varga died in Edelby on 3 March 1961.",
                DOCUMENT));
        assertEquals(termsOf("Ilse"), stated("Where did Ilse Varga's assistant break a leg?",
                "On that journey Varga's assistant broke a leg.", DOCUMENT), "a possessive is the name");
        assertEquals(termsOf("Ilse"), stated("Did Ilse Varga marry?", "In 1920 Varga married a surveyor.", DOCUMENT),
                "the question's capitalised first word is no part of the name");
    }

    @Test
    void anotherNameOrAnotherDocumentIsNoMention() {
        assertEquals(Set.of(), stated("When did Ilse Varga die?", "Karl Varga died in 1950.", DOCUMENT),
                "another given name before the surname is someone else");
        assertEquals(Set.of(), stated("When did Ilse Varga die?", "Varga died in 1950.",
                "Karl Varga was a surveyor. Varga died in 1950."), "the document must write the full name");
        assertEquals(Set.of(), stated("When did Ilse Varga die?", "Ilse died young.", DOCUMENT),
                "only the last word stands for the name");
    }

    @Test
    void aCommonWordEndingANameIsNoShortForm() {
        assertEquals(Set.of(), stated("Who chairs the Harbour Council?", "The Council met in May.",
                "The Harbour Council and the Town Council met. The Council met in May."));
    }
}
