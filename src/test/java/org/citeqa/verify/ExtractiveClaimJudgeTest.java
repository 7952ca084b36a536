package org.citeqa.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The judge's rules on made-up sentences, with the service's configuration. The embedding similarity is given, as the
 * retriever would measure it, so that each case tests the rule and not the model.
 */
@QuarkusTest
class ExtractiveClaimJudgeTest {

    @Inject
    ExtractiveClaimJudge judge;

    private static Candidate candidate(String sentence, String title, double similarity) {
        return new Candidate(1, "doc", title, "doc#0", sentence, sentence, 0, sentence.length(), similarity);
    }

    private Verdict verdict(String claim, Candidate candidate) {
        return judge.judge(claim, List.of(candidate), TermWeights.uniform()).verdict();
    }

    @Test
    void aSentenceThatOnlyNamesTheClaimsTopicDoesNotSupportIt() {
        // The title names Ostmark; the sentence names the plan and nothing the claim says of it.
        Candidate mention = candidate("The second round of talks on the future of the region, known as the Marlowe Plan"
                + " talks, was organised by the envoy's office in the spring.", "Ostmark and the Marlowe Plan", 0.7);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ostmark accepted the Marlowe plan.", mention));
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ostmark signed the Marlowe plan.", mention));
    }

    @Test
    void aParaphraseLeavingOutTheVerbSaysNothingOfWhatTheVerbSaysOf() {
        // Uniform weights: 4 of the claim's 6 words, above the paraphrase coverage, and a high similarity.
        Candidate farm = candidate("Its charging station at Tarnby draws power from a wind farm on the hills above the"
                + " town.", "Ferries", 0.82);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The wind farm above Tarnby is owned by the town council.", farm),
                "nothing is said of who owns the farm");
        assertEquals(Verdict.SUPPORTED, verdict("The wind farm above Tarnby powers the town.",
                candidate("Its charging station at Tarnby draws power from the wind farm above the town.", "Ferries",
                        0.82)), "what 'powers' says of, the town, is stated");
    }

    @Test
    void aRoleTheSentenceDoesNotGiveIsNotSupported() {
        Candidate founding = candidate("The airline was established in 1931 by Vera Moss, a former schoolteacher who"
                + " had learned to fly in Dunmarrow.", "Airways", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Before founding the airline, Vera Moss worked as a nurse.",
                founding));
        assertEquals(Verdict.SUPPORTED, verdict("Vera Moss founded the airline in 1931.", founding));
    }

    @Test
    void aLightVerbsNounIsItsVerb() {
        Candidate organised = candidate("Clara Moss organised collecting expeditions to the Veldt Range between 1864 and"
                + " 1880.", "Gardens", 0.6);
        assertEquals(Verdict.NOT_ENOUGH_INFO,
                verdict("Clara Moss took part in the expeditions to the Veldt Range.", organised),
                "organising is not taking part");
        assertEquals(Verdict.SUPPORTED, verdict("Clara Moss took part in the expeditions to the Veldt Range.",
                candidate("Clara Moss took part in collecting expeditions to the Veldt Range.", "Gardens", 0.6)));
        assertEquals(Verdict.SUPPORTED, verdict("The first festival took place in 1972.",
                candidate("The first festival was held in the old net loft in 1972.", "Festival", 0.6)),
                "'took place' stays light");
    }

    @Test
    void aParaphraseThatStatesMoreOfTheClaimStillSupportsIt() {
        // "drove her aground" for "ran aground": the verb differs, the rest of the claim is stated.
        Candidate paraphrase = candidate("She carried ice to Hull until a storm drove her aground on the Goodwin Sands"
                + " in 1902.", "The Sea Aster", 0.74);
        assertEquals(Verdict.SUPPORTED, verdict("The schooner ran aground on the Goodwin Sands in 1902.", paraphrase));
    }

    @Test
    void anotherCountOfAnotherSubjectDoesNotRefute() {
        // The sentence counts the people fishing employs, not the observatory's staff.
        Candidate other = candidate("Fishing employs about 2,300 people in the bay.", "Port Ellery", 0.6);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The observatory employs 35 people.", other));
        Candidate same = candidate("The observatory employs about 20 people.", "Port Ellery", 0.8);
        assertEquals(Verdict.REFUTED, verdict("The observatory employs 35 people.", same));
    }

    @Test
    void aSentenceDenyingSomethingOfTheSubjectParaphrasesNothing() {
        // Every word of the claim but its verb is stated; the sentence's verb for the lighthouse is denied.
        Candidate denial = candidate("The Harl Lighthouse was not damaged in the 1977 earthquake, although the nearby "
                + "village of Soren was destroyed.", "The Marren Islands", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The Harl Lighthouse was destroyed in the 1977 earthquake.", denial));
        assertEquals(Verdict.SUPPORTED, verdict("The village of Soren was destroyed in the 1977 earthquake.", denial));
        assertEquals(Verdict.REFUTED, verdict("The Harl Lighthouse was damaged in the 1977 earthquake.", denial));
    }

    @Test
    void theClaimsVerbSaidOfAnotherSubjectParaphrasesNothing() {
        Candidate when = candidate("The observatory closed in 1963, when the port authority moved its gauges to the new "
                + "breakwater.", "The Brannock Tidal Observatory", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The observatory moved its gauges to the new breakwater.", when));
        assertEquals(Verdict.SUPPORTED, verdict("The port authority moved its gauges to the new breakwater.", when));
        Candidate but = candidate("Osterholm's parliament ratified the accord within a month, but Varn's assembly "
                + "rejected it twice before approving it in 1933.", "The Lindqvist Accord", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Osterholm's parliament rejected the accord.", but));
    }

    @Test
    void aParaphraseDoesNotStandAgainstASentenceDenyingTheClaimsVerb() {
        String claim = "The Corvathi delegation at Harlow signed the harbour treaty.";
        Candidate paraphrase = new Candidate(1, "doc", "Talks", "doc#0", "The Corvathi delegation at Harlow was pushed to "
                + "attend the conference on the harbour treaty.", "The Corvathi delegation at Harlow was pushed to attend "
                + "the conference on the harbour treaty.", 0, 90, 0.8);
        String denied = "The Corvathi delegation refused to sign the offered harbour treaty.";
        Candidate denial = new Candidate(2, "doc", "Talks", "doc#1", denied, denied, 100, 100 + denied.length(), 0.7);
        assertEquals(Verdict.SUPPORTED, judge.judge(claim, List.of(paraphrase), TermWeights.uniform()).verdict(),
                "the paraphrase alone supports the claim");
        assertEquals(Verdict.NOT_ENOUGH_INFO,
                judge.judge(claim, List.of(paraphrase, denial), TermWeights.uniform()).verdict(),
                "the denial names no Harlow, so it cannot refute; but the paraphrase no longer supports");
    }

    @Test
    void aSentenceOpeningWithAConditionSupportsOnlyAConditionalClaim() {
        Candidate rule = candidate("If the river rises above six metres, the lower walkway is closed.", "The Harl Bridge",
                0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The lower walkway is closed.", rule));
        assertEquals(Verdict.SUPPORTED, verdict("The lower walkway is closed if the river rises above six metres.", rule));
    }

    @Test
    void whatADeniedVerbsInfinitiveSaysSupportsNothing() {
        Candidate died = candidate("Parrow did not live to see the bridge opened; she died in 1875, a year before its "
                + "completion.", "The Vellmar Bridge", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ilse Parrow saw the Vellmar Bridge opened.", died));
    }

    @Test
    void aPronounSubjectAfterANameSaysItsClauseOfThatName() {
        // Below the paraphrase similarity: the words must be stated, and close together.
        Candidate died = candidate("Parrow did not live to see the bridge opened; she died in 1875, a year before its "
                + "completion.", "The Vellmar Bridge", 0.62);
        assertEquals(Verdict.SUPPORTED, verdict("Ilse Parrow died in 1875.", died));
        assertEquals(Verdict.REFUTED, verdict("Ilse Parrow died in 1876.", died));
        Candidate another = candidate("Parrow designed the bridge over five years with the engineer Jonas Vell; he died"
                + " in 1880.", "The Vellmar Bridge", 0.62);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ilse Parrow died in 1880.", another));
    }

    @Test
    void aDenialOfTheVerbOfSomethingElseRefutesNothing() {
        Candidate banks = candidate("The guild does not admit banks as members.", "The Tarnholm Merchants' Guild", 0.7);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The Tarnholm Merchants' Guild admits shipowners.", banks));
        assertEquals(Verdict.REFUTED, verdict("The Tarnholm Merchants' Guild admits banks.", banks));
    }

    @Test
    void aSentenceAboutAnotherSubjectDoesNotSupportTheClaim() {
        // Every word but the subject is stated: the army sent the soldiers, not the navy.
        Candidate army = candidate("The army sent 400 soldiers to help with sandbagging and evacuation.",
                "The Orlen River Flood", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The navy sent 400 soldiers.", army));
        assertEquals(Verdict.SUPPORTED, verdict("The army sent 400 soldiers.", army));
    }

    @Test
    void aSentenceAboutAnotherNamedSubjectDoesNotRefuteAClaimOnlyItsParagraphNames() {
        // The paragraph names Jonas Pell; the sentence gives a date of Mara Quill's, none of his.
        String before = "She ran the school until 1952, when she handed it over to her former pupil Jonas Pell. ";
        Candidate quill = inParagraph("Quill died in Harlow on 3 March 1961.", before);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Jonas Pell took over the school in 1952.", quill));
        Candidate pell = inParagraph("In 1961, he died in Harlow.", before);
        assertEquals(Verdict.REFUTED, verdict("Jonas Pell died in Harlow in 1970.", pell),
                "a pronoun may speak of the subject its paragraph names");
    }

    private static Candidate inParagraph(String sentence, String before) {
        return new Candidate(1, "doc", "Mara Quill", "doc#0", before + sentence, sentence, before.length(),
                before.length() + sentence.length(), 0.6, null, sentence, before + sentence);
    }

    @Test
    void aCapitalisedWordTheSentenceLeavesUnsaidLeavesTheClaimUnsupported() {
        // Days, months and names are capitalised: "on Sundays" is another time than "on Fridays and Saturdays".
        Candidate ferry = candidate("The board agreed to run the ferry to Holm Island until midnight on Fridays and "
                + "Saturdays.", "Holm Ferry Review", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The ferry to Holm Island will run until midnight on Sundays.",
                ferry));
        assertEquals(Verdict.SUPPORTED, verdict("The ferry to Holm Island will run until midnight on Fridays.", ferry));
    }

    @Test
    void aComparisonNeedsASentenceThatCompares() {
        // Both amounts are given, but not which way the comparison goes: "nearly twice" is no "less than".
        Candidate twice = candidate("Construction cost 18,400 pounds, nearly twice the original estimate of 9,500 "
                + "pounds.", "Harwick Point Lighthouse", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Construction cost less than the original estimate.", twice));
        Candidate more = candidate("Construction cost far more than the original estimate.", "Harwick Point Lighthouse",
                0.8);
        assertEquals(Verdict.SUPPORTED, verdict("Construction cost more than the original estimate.", more));
        Candidate visitors = candidate("The museum receives about 6,000 visitors a year.", "Harwick Point Lighthouse",
                0.8);
        assertEquals(Verdict.SUPPORTED, verdict("The museum receives more than 5,000 visitors a year.", visitors),
                "a bound on a number is no comparison of two things");
    }

    @Test
    void aSentenceStatingOnlyTheClaimsCircumstanceDoesNotSupportIt() {
        Candidate sold = candidate("Her cousin, Ilse Marrow, sold the bakery in 1961 to a milling firm from Dunhal.",
                "The Marrow Bakery", 0.75);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ilse Marrow emigrated after selling the bakery.", sold),
                "the selling is stated, the emigrating is not");
        assertEquals(Verdict.SUPPORTED, verdict("Ilse Marrow sold the bakery in 1961.", sold));
        // The main verb's object stated: the verb may be said in other words.
        Candidate provided = candidate("Despite its lack of recognition of Ostmark, Torvald provided engineers to the"
                + " harbour mission.", "Torvald", 0.8);
        assertEquals(Verdict.SUPPORTED, verdict("Torvald sent engineers to the harbour mission even though it does not"
                + " recognise Ostmark.", provided));
        // The object a participle qualifies is the participle's: its building is stated, not the designing.
        Candidate built = candidate("Although a concrete road bridge was built a mile downstream in 1968, the old"
                + " suspension bridge is still regarded locally as Vera Lund's masterpiece.", "The Harl Bridge", 0.85);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Vera Lund designed the concrete road bridge built downstream in"
                + " 1968.", built));
        assertEquals(Verdict.SUPPORTED, verdict("A concrete road bridge was built downstream in 1968.", built));
    }

    @Test
    void aSentenceSayingTheClaimsVerbOfAnotherNameSaysNothingOfTheClaimsSubject() {
        // Only the paragraph names Gerd Halloran; the sentence says the running of the mill of Oskar.
        String before = "Gerd Halloran died in 1839, leaving his share of the mill to his brother. ";
        Candidate oskar = inParagraph("Oskar ran the mill alone until 1852.", before);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Gerd Halloran ran the mill until 1852.", oskar));
        assertEquals(Verdict.SUPPORTED, verdict("Oskar ran the mill until 1852.", oskar));
    }

    @Test
    void theClaimsVerbSaidOfAnotherIsNotStatedByAWordOfTheSameMeaningElsewhere() {
        // "plan" is a WordNet synonym of "design"; the sentence says the designing of Tessaly, not of Orrin.
        Candidate hall = candidate("Orrin was responsible for the overall plan and the brick front, while Tessaly, who was"
                + " his junior partner, designed the round reading room with its glass dome.", "Harl Library", 0.9);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Jonas Orrin designed the round reading room with its glass dome.",
                hall));
        assertEquals(Verdict.SUPPORTED, verdict("Mara Tessaly designed the round reading room.", hall));
    }

    @Test
    void aRoleTheSentenceGivesAnotherIsNotTheClaimSubjects() {
        // "chairman" is said of Corlin; Wenna is named only in the clause that gives her another post. The sentence
        // is read with what "Its" refers to, as the retriever reads it.
        String quote = "Its first chairman was Piet Corlin, a tenant farmer with eleven cows, while Wenna served as"
                + " secretary and treasurer.";
        String title = "Ambry Valley Dairy Cooperative";
        Candidate board = new Candidate(1, "doc", title, "doc#0", quote, quote, 0, quote.length(), 0.9, null,
                quote.replaceFirst("Its", "The Ambry Valley Dairy Cooperative's"),
                "Ada Wenna, a schoolteacher, called the first meetings of the farmers.\n" + title);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ada Wenna later became chairwoman of the Ambry cooperative.",
                board));
        assertEquals(Verdict.SUPPORTED, verdict("Piet Corlin was the first chairman of the Ambry cooperative.", board));
    }

    @Test
    void aNounTheClaimLinksItsSubjectToIsAssertedThoughAVerbStandsInTheSubject() {
        // "found" is a verb of the claim's subject; what the claim asserts is "a child", which the first sentence
        // never says (it names thirty people, not the hiker's age).
        Candidate dogs = candidate("The team began training search dogs in 1964, after a collie named Bess found a"
                + " missing hiker on Harl Moss whom a line search of thirty people had missed.", "Harl Rescue Team", 0.9);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The missing hiker found by Bess on Harl Moss was a child.",
                dogs));
        Candidate child = candidate("In 1964 a collie named Bess found a missing hiker on Harl Moss, a child of nine"
                + " who had strayed from a school party.", "Harl Rescue Team", 0.9);
        assertEquals(Verdict.SUPPORTED, verdict("The missing hiker found by Bess on Harl Moss was a child.", child));
    }

    @Test
    void aSuperlativeTheSentenceBoundsInTimeIsNoneWithoutTheBound() {
        Candidate largest = candidate("The largest ship built at the yard before the Great War was the liner Merrowdale,"
                + " of 7,800 gross tons.", "Harl Shipyard", 0.85);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("The Merrowdale was the largest vessel ever built at the yard.",
                largest), "the largest before the war may not be the largest ever");
        assertEquals(Verdict.SUPPORTED, verdict("The Merrowdale was the largest ship built at the yard before the Great"
                + " War.", largest));
    }

    @Test
    void anEventTheClaimOrdersItsOwnAgainstMustBeTold() {
        Candidate resigned = candidate("Ilse Varga, the last of the family on the board, resigned in 1963 in protest at the"
                + " new owners' decision to close the apprentice school.", "Harl Shipyard", 0.85);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ilse Varga resigned from the board before the shipyard was sold.",
                resigned), "the sentence says when she resigned, not whether it was before the sale");
        assertEquals(Verdict.SUPPORTED, verdict("Ilse Varga resigned from the board in 1963.", resigned));
    }

    @Test
    void aSentenceStatingOnlyTheClaimsCircumstanceDoesNotBorrowItsObjectFromTheParagraph() {
        String before = "In 2006 the library began the Harl Memory Project, funded by a grant from the Ostmark Heritage"
                + " Trust. ";
        Candidate led = inParagraph("Led by the archivist Mira Solberg, the project scanned 41,000 pages of newspapers.",
                before);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Mira Solberg had worked for the Ostmark Heritage Trust before"
                + " leading the project.", led), "the sentence says she led the project; only the paragraph names the"
                + " trust");
        assertEquals(Verdict.SUPPORTED, verdict("Mira Solberg led the project.", led));
    }

    @Test
    void aDateOfTheClaimsVerbOfAnotherObjectRefutesNothing() {
        Candidate hall = candidate("The new market hall was formally opened on 2 May 1888 by the governor, Mirren"
                + " Oste.", "Calder Market", 0.7);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Mirren Oste also opened the goods yard in 1895.", hall),
                "the hall's opening gives no date of the goods yard's");
        assertEquals(Verdict.REFUTED, verdict("Mirren Oste opened the new market hall in 1895.", hall));
    }

    @Test
    void aDateGivenAsABoundIsStatedOnlyAsOne() {
        Candidate crowd = candidate("The singer Ambrose Tell drew the largest crowd in the fair's history when he"
                + " performed at Lisker in 1983.", "The Lisker Fair", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ambrose Tell performed at Lisker after 1983.", crowd),
                "a performance in 1983 is none after it, and does not rule one out");
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Ambrose Tell performed at Lisker before 1990.", crowd),
                "no reasoning between years");
        assertEquals(Verdict.SUPPORTED, verdict("Ambrose Tell performed at Lisker in 1983.", crowd));
        assertEquals(Verdict.REFUTED, verdict("Ambrose Tell performed at Lisker in 1985.", crowd));
    }

    @Test
    void whatTheVerbSaysOfMustBeStatedEvenWithTheVerb() {
        Candidate brothers = candidate("The mill was founded in 1821 by the brothers Ivo and Per Lund, the sons of a"
                + " local farmer.", "Harrow Mill", 0.8);
        assertEquals(Verdict.NOT_ENOUGH_INFO, verdict("Harrow Mill was founded by a father and his son.", brothers),
                "the founding and a son are stated, the father is not");
        assertEquals(Verdict.SUPPORTED, verdict("Harrow Mill was founded by the Lund brothers.", brothers));
    }
}
