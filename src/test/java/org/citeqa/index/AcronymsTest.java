package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.citeqa.corpus.Document;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    private final EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());

    private Acronyms find(String text) {
        return Acronyms.find(List.of(new Document("d", "t", "s", text)), analysis);
    }

    @Test
    void findsDefinitionsWhoseInitialsSpellTheAcronym() {
        Acronyms acronyms = find("Serbia asked the International Court of Justice (ICJ) and the "
                + "North Atlantic Treaty Organization (NATO) for help.");
        assertEquals(2, acronyms.size());
        assertTrue(acronyms.expand(analysis.terms("The ICJ ruled")).containsAll(analysis.terms("court justice")));
        assertTrue(acronyms.expand(analysis.terms("the International Court of Justice ruled")).contains("icj"));
    }

    @Test
    void ignoresBracketsThatAreNotTheInitials() {
        Acronyms acronyms = find("The Kosovo Force (NATO) and the Contact Group (CG) met.");
        assertEquals(1, acronyms.size());
        assertFalse(acronyms.expand(analysis.terms("NATO")).contains("forc"));
    }
}
