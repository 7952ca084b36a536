package org.citeqa.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences that refer back, read with what they refer to, on made-up text. */
class CoreferenceTest {

    private static final Coreference COREFERENCE = new Coreference(new Tagger(), new WordNet());
    private static final String TITLE = "The Vellmar Bridge";

    private static Optional<String> antecedent(String sentence, String previous) {
        return COREFERENCE.reference(sentence, previous, TITLE).map(Coreference.Reference::antecedent);
    }

    @Test
    void aPronounRefersToThePreviousSentencesSubject() {
        assertEquals(Optional.of("The Vellmar Bridge"), antecedent("It was designed by the engineer Ilse Parrow.",
                "The Vellmar Bridge is a stone arch bridge over the river Oskeda."));
        assertEquals(Optional.of("The Vellmar Bridge"), antecedent("It crosses the river Oskeda.", null),
                "a first sentence refers to the title's subject");
    }

    @Test
    void aPassiveItAfterAStructureBuiltByAnotherIsTheStructure() {
        assertEquals(Optional.of("a new flood barrier"), antecedent("It was completed in 1953 at a cost of 2 million.",
                "After the flood, the county council commissioned a new flood barrier at Cole Reach."));
        assertEquals(Optional.of("the bridge"), antecedent("It was opened in 1876.",
                "The engineer Ilse Parrow designed the bridge."));
        assertEquals(Optional.of("the bridge"), antecedent("It has been rebuilt twice.",
                "The engineer Ilse Parrow designed the bridge."));
        assertEquals(Optional.of("The Vellmar Bridge"), antecedent("It was widened in 1921.",
                "The Vellmar Bridge replaced a wooden ferry pier."), "a structure as subject stays the antecedent");
        assertEquals(Optional.of("The guild"), antecedent("It was founded in 1850.",
                "The guild elected the engineer Ilse Parrow."), "a person is no structure");
    }

    @Test
    void aDescriptionMayNameWhatTheDocumentsOpeningSentenceSaysItsSubjectIs() {
        String title = "Harrick & Sons";
        List<String> lead = List.of(title, "Harrick & Sons was a family-owned clock-making firm founded in 1822 in the"
                + " market town of Brackby.", "For four generations it produced longcase clocks.");
        String previous = "The firm ceased production in 1979.";
        String sentence = "The firm was established by Piet Harrick, a former apprentice of a Brackby watchmaker.";
        assertEquals(Optional.of("Harrick & Sons"), COREFERENCE.reference(sentence, previous, title, lead)
                .map(Coreference.Reference::antecedent));
        assertEquals(Optional.empty(), COREFERENCE.reference(sentence, previous, title)
                .map(Coreference.Reference::antecedent), "the title alone names no firm");
        assertEquals(Optional.empty(), COREFERENCE.reference("The workshop was enlarged in 1840.", previous, title, lead)
                .map(Coreference.Reference::antecedent), "a firm is no workshop");
    }

    @Test
    void aDescriptionRefersToASubjectWithTheSameOrARelatedHead() {
        assertEquals(Optional.of("The Vellmar Bridge"), antecedent("The bridge was widened in 1921.",
                "The Vellmar Bridge is a stone arch bridge over the river Oskeda."));
        assertEquals(Optional.of("The Brannock Observatory"), COREFERENCE.reference("The building was restored in 1998.",
                "The Brannock Observatory closed in 1963.", "Harbour history").map(Coreference.Reference::antecedent),
                "an observatory is a building");
    }

    /**
     * The previous sentence's subject is itself a pronoun: the description still names the title's subject, and the
     * previous sentence is no part of what it refers to (an answer need not quote it).
     */
    @Test
    void aDescriptionFarFromItsNameRefersToTheTitlesSubject() {
        Optional<Coreference.Reference> far = COREFERENCE.reference("The bridge is 214 metres long.",
                "It was designed by the engineer Ilse Parrow and was built between 1871 and 1876.", TITLE);
        assertEquals("The Vellmar Bridge", far.orElseThrow().antecedent());
        assertFalse(far.get().inPrevious());
        assertTrue(COREFERENCE.reference("The bridge was widened in 1921.",
                "The Vellmar Bridge is a stone arch bridge.", TITLE).orElseThrow().inPrevious());
    }

    /** A year ending a title is no part of its subject: "The survey" names the "Harlow Canal Survey". */
    @Test
    void aDescriptionNamesATitleEndingInAYear() {
        Optional<Coreference.Reference> survey = COREFERENCE.reference("The survey was led by the engineer Mina Roe.",
                "The Harlow Canal Trust inspected the towpath between March and May.", "Harlow Canal Survey 2021");
        assertEquals("Harlow Canal Survey", survey.orElseThrow().antecedent());
        assertFalse(survey.get().inPrevious());
    }

    @Test
    void aSubjectAfterAnOpeningPhraseRefersBackToo() {
        assertEquals(Optional.of("The Vellmar Bridge"), antecedent("In 1921 the bridge was widened to carry trams.",
                "The Vellmar Bridge is a stone arch bridge over the river Oskeda."));
        assertEquals(Optional.of("Ilse Parrow"), antecedent("In 1875, she died in Tarnholm.",
                "Ilse Parrow designed the bridge."));
        assertEquals(Optional.of("the old observatory"), antecedent("It was restored in 1998.",
                "After the war, the old observatory stood empty."), "the previous sentence's opening phrase is no subject");
        assertEquals(Optional.of("the tramway company"), antecedent("It went bankrupt in 1930.",
                "In 1921 the tramway company widened the bridge."));
        assertEquals(Optional.empty(), antecedent("If the river rises above six metres, the walkway is closed.",
                "The Vellmar Bridge is a stone arch bridge."), "a clause is no opening phrase");
    }

    /** The chunker ends a noun phrase at a possessive mark; the possessor belongs to the subject it qualifies. */
    @Test
    void aPossessiveSubjectIsOnePhrase() {
        assertEquals(Optional.of("Tarnholm Merchants' Guild"), COREFERENCE.reference("The guild is led by a chairwoman.",
                "It has 312 members.", "Tarnholm Merchants' Guild").map(Coreference.Reference::antecedent));
        assertEquals(Optional.of("The guild's hall"), antecedent("The hall was rebuilt in 1902.",
                "The guild's hall burned down in 1899."));
    }

    @Test
    void anUnrelatedDescriptionOrAPersonalPronounRefersToNothing() {
        assertEquals(Optional.empty(), antecedent("The river rose above six metres.",
                "It was designed by the engineer Ilse Parrow."));
        assertEquals(Optional.empty(), antecedent("The building was rebuilt in 1902.",
                "It was designed by the engineer Ilse Parrow."), "a building is no bridge, though both are structures");
        assertEquals(Optional.empty(), antecedent("We crossed it at dawn.",
                "The Vellmar Bridge is a stone arch bridge."));
    }

    @Test
    void aResolvedDescriptionKeepsItsOwnWordsAPronounGivesWay() {
        String previous = "The Vellmar Bridge is a stone arch bridge over the river Oskeda.";
        assertEquals("The bridge (The Vellmar Bridge) was widened in 1921.",
                COREFERENCE.resolve("The bridge was widened in 1921.", previous, TITLE));
        assertEquals("The Vellmar Bridge was designed by Ilse Parrow.",
                COREFERENCE.resolve("It was designed by Ilse Parrow.", previous, TITLE));
    }
}
