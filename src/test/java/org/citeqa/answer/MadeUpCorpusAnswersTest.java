package org.citeqa.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers over three made-up documents nobody tuned for (a tidal observatory, a fishing accord, a schooner), through
 * the HTTP API: sentences that refer back are read with what they refer to and quoted with it, the short answer is
 * the value of the asked type inside the quote, and questions the documents do not answer are declined.
 */
@QuarkusTest
@TestProfile(org.citeqa.MadeUpCorpus.class)
class MadeUpCorpusAnswersTest {

    @Inject
    AnswerConfig answers;

    private static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String document(String id) {
        return given().get("/api/documents/" + id).then().statusCode(200).extract().jsonPath().getString("text");
    }

    /** The quote is the document's own characters at its offsets, and the short answer lies inside the quote. */
    private static void assertExact(JsonPath answer) {
        String text = document(answer.getString("citations[0].documentId"));
        int start = answer.getInt("citations[0].start");
        int end = answer.getInt("citations[0].end");
        assertEquals(text.substring(start, end), answer.getString("citations[0].quote"));
        if (answer.get("shortAnswer") != null) {
            int s = answer.getInt("shortAnswer.start");
            int e = answer.getInt("shortAnswer.end");
            assertTrue(start <= s && e <= end, "the short answer lies inside the first quote");
            assertEquals(text.substring(s, e), answer.getString("shortAnswer.text"));
        }
    }

    @Test
    void aSentenceThatRefersBackIsQuotedWithWhatItRefersTo() {
        JsonPath a = ask("Who founded the Brannock Tidal Observatory?");
        assertTrue(a.getBoolean("answered"));
        String quote = a.getString("citations[0].quote");
        assertTrue(quote.contains("It was founded in 1871 by the hydrographer Edda Marlowe"), quote);
        assertTrue(quote.startsWith("The Brannock Tidal Observatory stands"), "what 'It' is stays in the quote: " + quote);
        assertEquals("Edda Marlowe", a.getString("shortAnswer.text"));
        assertExact(a);
    }

    /** A document's title shares every word of "What was X?" but says nothing about X: the answer is what the text says. */
    @Test
    void aTitleIsNotQuotedAsAnAnswer() {
        for (String question : new String[] {"What was the Sea Aster?", "Tell me about the Brannock Tidal Observatory"}) {
            JsonPath a = ask(question);
            assertTrue(a.getBoolean("answered"), question);
            String quote = a.getString("citations[0].quote");
            int titleEnd = document(a.getString("citations[0].documentId")).indexOf("\n\n");
            assertTrue(a.getInt("citations[0].start") > titleEnd, "the text under the title: " + quote);
            assertExact(a);
        }
        assertTrue(ask("What was the Sea Aster?").getString("citations[0].quote").contains("three-masted schooner"));
    }

    /** The question is answered, with this short answer, and the quote and short answer sit at their offsets. */
    private static void assertShortAnswer(String question, String expected) {
        JsonPath a = ask(question);
        assertTrue(a.getBoolean("answered"), question);
        assertEquals(expected, a.getString("shortAnswer.text"), question);
        assertExact(a);
    }

    @Test
    void aWhereQuestionIsAnsweredWithAPlaceAndAWhenQuestionWithADate() {
        assertShortAnswer("Where was the Sea Aster built?", "Gdansk");
        assertShortAnswer("When did the observatory close?", "1963");
    }

    @Test
    void aHowManyQuestionIsAnsweredWithANumberOfWhatItCounts() {
        assertShortAnswer("How many crew were rescued from the Sea Aster?", "fourteen");
    }

    @Test
    void whatTheDocumentsDoNotSayIsDeclinedWithTheClosestPassages() {
        for (String question : new String[] {"What is the capital of Varn?", "What is the population of Port Ellery?"}) {
            given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask")
                    .then().statusCode(200)
                    .body("answered", equalTo(false))
                    .body("citations", empty())
                    .body("related", not(empty()))
                    .body("shortAnswer", equalTo(null));
        }
    }

    @Test
    void everyAnswerCarriesItsConfidenceAndAbstentionsFallBelowTheThreshold() {
        for (String question : new String[] {"Where was the Sea Aster built?", "What is the capital of Varn?"}) {
            JsonPath a = ask(question);
            double confidence = a.getDouble("confidence");
            assertTrue(confidence >= 0 && confidence <= 1, "a probability: " + confidence);
            assertEquals(a.getBoolean("answered"), confidence >= answers.abstainBelow(),
                    "answered exactly when confident enough");
            assertFalse(a.getBoolean("hedged") && !a.getBoolean("answered"), "only answers are hedged");
        }
    }
}
