package org.citeqa.verify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Claims of our own on a small corpus of made-up documents (an observatory, a schooner, a treaty) that nothing
 * in the checker was written for: places and people no list holds, sentences that refer back ("It was founded…"),
 * values in the same role ("built in Gdansk" against "built in Rotterdam").
 */
@QuarkusTest
@TestProfile(org.citeqa.MadeUpCorpus.class)
class MadeUpCorpusClaimsTest {


    @Test
    void claimsOnDocumentsNobodyTunedFor() {
        ClaimEvaluationTest.Score score = ClaimEvaluationTest.evaluate("made-up corpus claims",
                ClaimEvaluationTest.claims("eval/claims-madeup.jsonl"));
        assertTrue(score.accuracy() >= 0.8, "made-up claims accuracy " + score.accuracy());
        for (Verdict v : Verdict.values()) {
            assertTrue(score.accuracy(v) >= 0.7, "made-up claims " + v + " " + score.accuracy(v));
        }
    }

    @Test
    void aSentenceThatRefersBackIsReadWithWhatItRefersTo() {
        JsonPath r = verify("Edda Marlowe founded the observatory in 1871.");
        assertEquals("SUPPORTED", r.getString("verdict"), r::prettify);
        // The quote stays the document's own words, offsets exact.
        String quote = r.getString("evidence[0].quote");
        assertTrue(quote.startsWith("It was founded in 1871 by the hydrographer Edda Marlowe"), quote);
        String text = given().get("/api/documents/" + r.getString("evidence[0].documentId")).then().statusCode(200)
                .extract().jsonPath().getString("text");
        assertEquals(quote, text.substring(r.getInt("evidence[0].start"), r.getInt("evidence[0].end")));
    }

    @Test
    void aPronounAfterAShortIntroductionIsReadWithTheSentenceBefore() {
        // "Captain Tobias Wren was her last master. Two years after the wreck, he founded a sailors' school in Deal."
        JsonPath r = verify("Tobias Wren founded a sailors' school in Deal.");
        assertEquals("SUPPORTED", r.getString("verdict"), r::prettify);
        assertTrue(r.getString("evidence[0].quote").startsWith("Two years after the wreck, he founded"),
                r.getString("evidence[0].quote"));
        assertEquals("REFUTED", verify("Tobias Wren founded a sailors' school in Dover.").getString("verdict"));
    }

    @Test
    void aDescriptionThatRefersBackSaysWhatItDescribes() {
        // "The building was restored in 1998" is about the observatory, and says it is a building.
        assertEquals("SUPPORTED", verify("The building was restored in 1998.").getString("verdict"));
        assertEquals("REFUTED", verify("The building was restored in 2004.").getString("verdict"));
    }

    @Test
    void aPlaceNoListHoldsRefutesAnotherInTheSameRole() {
        JsonPath r = verify("The Sea Aster was built in Rotterdam.");
        assertEquals("REFUTED", r.getString("verdict"), r::prettify);
        assertTrue(r.getString("explanation").contains("Gdansk"), r.getString("explanation"));
    }

    @Test
    void whatALinkingVerbSaysTheSubjectIsMustBeStated() {
        // The text calls Jonas Quill an astronomer and Edda Marlowe a hydrographer.
        assertEquals("SUPPORTED", verify("Edda Marlowe was a hydrographer.").getString("verdict"));
        JsonPath r = verify("Jonas Quill was a hydrographer.");
        assertNotEquals("SUPPORTED", r.getString("verdict"), r::prettify);
    }

    @Test
    void aNameEarlierInTheParagraphIsWhatASentenceSpeaksOf() {
        // "…renamed Havørn. She carried ice … until a storm drove her aground … All fourteen crew were rescued …"
        JsonPath supported = verify("All fourteen crew of the Havørn were rescued.");
        assertEquals("SUPPORTED", supported.getString("verdict"));
        // The quote does not say "Havørn": the explanation says where the name comes from.
        String quote = supported.getString("evidence[0].quote");
        String explanation = supported.getString("explanation");
        assertFalse(quote.contains("Havørn"), quote);
        assertTrue(explanation.contains("(Havørn named before it in its paragraph or in its document's title)"),
                explanation);
        assertFalse(explanation.startsWith("Evidence [1] states Havørn"), explanation);
        JsonPath r = verify("All twelve crew of the Havørn were rescued.");
        assertEquals("REFUTED", r.getString("verdict"), r::prettify);
    }

    @Test
    void namesAloneMakeNoEvent() {
        // "She was owned by the merchant Aurelia Voss, who sailed her between Riga and Hull": no word of birth.
        JsonPath r = verify("Aurelia Voss was born in Riga.");
        assertEquals("NOT_ENOUGH_INFO", r.getString("verdict"), r::prettify);
        assertEquals("SUPPORTED", verify("Aurelia Voss sailed between Riga and Hull.").getString("verdict"));
    }

    @Test
    void aNameThatSharesOnlySomeWordsNamesSomethingElse() {
        // "It was founded in 1871 by the hydrographer Edda Marlowe", under the title "The Brannock Tidal Observatory";
        // "Its records were transferred to the National Maritime Archive in Grenford".
        for (String claim : List.of("The observatory was founded by the hydrographer Anna Marlowe.",
                "The Brannock Lunar Observatory was founded in 1871.",
                "The observatory's records were transferred to the National Naval Archive in Grenford.",
                "The observatory's records were transferred to the Royal Maritime Archive in Grenford.")) {
            JsonPath r = verify(claim);
            assertNotEquals("SUPPORTED", r.getString("verdict"), r::prettify);
        }
        assertEquals("SUPPORTED", verify("Marlowe founded the observatory.").getString("verdict"),
                "a surname names the same person");
        assertEquals("SUPPORTED", verify("The records went to the National Maritime Archive.").getString("verdict"));
    }

    private static JsonPath verify(String claim) {
        return given().contentType(ContentType.JSON).body(Map.of("claim", claim)).when().post("/api/verify")
                .then().statusCode(200).extract().jsonPath();
    }
}
