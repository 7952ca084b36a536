package org.citeqa.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

/** Which texts assert something a passage could support or refute, read with the real OpenNLP tagger. */
class StatementAssertsTest {

    private static final StatementReader READER =
            new StatementReader(new EnglishAnalysis(new WordNet()), new Tagger(), new WordNet());

    @Test
    void aSentenceWithAVerbAsserts() {
        for (String claim : new String[] {"Valdoria recognises Ostmark.", "Ostmark borders Valdoria.",
                "Corvath opposes independence.", "The talks failed.", "The treaty was signed in 1931.",
                "Ostmark will join the union.", "Alden Pryce is a diplomat.", "Norland has 12 members",
                "valdoria recognised ostmark in 2008", "The Marlowe Plan calls for supervised independence."}) {
            assertTrue(READER.asserts(READER.read(claim)), claim);
        }
    }

    @Test
    void aTitleOrANounPhraseAssertsNothing() {
        for (String text : new String[] {"Recognition", "The Contact Group", "Ostmark's independence in 2008",
                "Funding", "2. The Historical Context of the Talks", "Ship models", "Harbour records."}) {
            assertFalse(READER.asserts(READER.read(text)), text);
        }
    }
}
