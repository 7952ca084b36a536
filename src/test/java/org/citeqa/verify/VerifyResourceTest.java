package org.citeqa.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both claim-checking endpoints over HTTP, and every error they answer with problem+json. */
@QuarkusTest
class VerifyResourceTest {

    private static JsonPath post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static String documentText(String id) {
        return given().when().get("/api/documents/" + id).then().statusCode(200).extract().jsonPath().getString("text");
    }

    @Test
    void supportedClaimCitesAnExactQuote() {
        JsonPath json = post("/api/verify", Map.of("claim", "Egypt was the 100th country to recognise Kosovo."));
        assertEquals("SUPPORTED", json.getString("verdict"));
        assertEquals("Egypt was the 100th country to recognise Kosovo.", json.getString("claim"));
        double confidence = json.getDouble("confidence");
        assertEquals(true, confidence > 0 && confidence <= 1);
        List<Map<String, Object>> evidence = json.getList("evidence");
        assertEquals(1, ((Number) evidence.get(0).get("n")).intValue());
        String doc = (String) evidence.get(0).get("documentId");
        int start = (Integer) evidence.get(0).get("start");
        int end = (Integer) evidence.get(0).get("end");
        assertEquals(documentText(doc).substring(start, end), evidence.get(0).get("quote"));
        assertEquals(true, ((String) evidence.get(0).get("quote")).contains("100th country"));
        assertEquals(true, ((String) evidence.get(0).get("chunkId")).startsWith(doc + "#"));
        assertEquals(true, ((String) evidence.get(0).get("text")).contains((String) evidence.get(0).get("quote")));
    }

    @Test
    void refutedClaimNamesTheMismatch() {
        given().contentType(ContentType.JSON).body(Map.of("claim", "The Rambouillet conference was held in Austria."))
                .when().post("/api/verify").then().statusCode(200)
                .body("verdict", equalTo("REFUTED"))
                .body("explanation", containsString("France, not Austria"))
                .body("evidence", hasSize(1))
                .body("evidence[0].quote", containsString("Rambouillet, France"));
    }

    /** A title or a noun phrase says nothing: it was SUPPORTED, confidence 1, by any passage holding its words. */
    @Test
    void aPhraseWithoutAVerbIsNotSupported() {
        for (String phrase : List.of("The Contact Group", "Recognition")) {
            given().contentType(ContentType.JSON).body(Map.of("claim", phrase)).when().post("/api/verify").then()
                    .statusCode(200)
                    .body("verdict", equalTo("NOT_ENOUGH_INFO"))
                    .body("evidence", hasSize(0))
                    .body("explanation", containsString("no verb"));
        }
        // In a pasted paragraph, its heading is not checked as a claim; the sentences under it are.
        JsonPath json = post("/api/verify/text", Map.of("text",
                "Recognition\n\nEgypt was the 100th country to recognise Kosovo."));
        assertEquals("NOT_ENOUGH_INFO", json.getString("sentences[0].result.verdict"));
        assertEquals("SUPPORTED", json.getString("sentences[1].result.verdict"));
    }

    @Test
    void unrelatedClaimIsNotEnoughInfo() {
        given().contentType(ContentType.JSON).body(Map.of("claim", "Lucene is written in the Java programming language."))
                .when().post("/api/verify").then().statusCode(200)
                .body("verdict", equalTo("NOT_ENOUGH_INFO"))
                .body("evidence.size()", lessThanOrEqualTo(2));
    }

    @Test
    void textIsCheckedSentenceBySentence() {
        String text = "Egypt was the 100th country to recognise Kosovo.  The Rambouillet conference was held in Austria. "
                + "Kosovo uses the euro as its currency.";
        JsonPath json = post("/api/verify/text", Map.of("text", text));
        List<Map<String, Object>> sentences = exactSentences(json, text, 3);
        assertEquals(50, sentences.get(1).get("start"));
        assertEquals("SUPPORTED", json.getString("sentences[0].result.verdict"));
        assertEquals("REFUTED", json.getString("sentences[1].result.verdict"));
        assertEquals("NOT_ENOUGH_INFO", json.getString("sentences[2].result.verdict"));
        assertEquals(Map.of("SUPPORTED", 1, "REFUTED", 1, "NOT_ENOUGH_INFO", 1), json.getMap("counts"));
    }

    @Test
    void aMarkOrEmojiBetweenSentencesDoesNotHideOne() {
        String text = "Egypt was the 100th country to recognise Kosovo. \u200FThe Rambouillet conference was held in "
                + "Austria. \uD83D\uDE00 Kosovo uses the euro as its currency.";
        JsonPath json = post("/api/verify/text", Map.of("text", text));
        exactSentences(json, text, 3);
        assertEquals("REFUTED", json.getString("sentences[1].result.verdict"));
    }

    /** The checked sentences, {@code count} of them, each the text's exact substring at its offsets. */
    private static List<Map<String, Object>> exactSentences(JsonPath json, String text, int count) {
        List<Map<String, Object>> sentences = json.getList("sentences");
        assertEquals(count, sentences.size(), sentences.toString());
        for (Map<String, Object> s : sentences) {
            assertEquals(text.substring((Integer) s.get("start"), (Integer) s.get("end")), s.get("text"));
        }
        return sentences;
    }

    private static void badRequest(String path, String body, String detail) {
        given().contentType(ContentType.JSON).body(body).when().post(path).then()
                .statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                .body("detail", containsString(detail));
    }

    @Test
    void missingOrBlankClaimIs400() {
        badRequest("/api/verify", "{}", "'claim' is required");
        badRequest("/api/verify", "{\"claim\":\"   \"}", "'claim' is required");
        badRequest("/api/verify", "null", "'claim' is required");
    }

    @Test
    void overlongClaimIs400() {
        badRequest("/api/verify", "{\"claim\":\"" + "a".repeat(2001) + "\"}", "at most 2000 characters");
    }

    @Test
    void missingBlankOrOverlongTextIs400() {
        badRequest("/api/verify/text", "{}", "'text' is required");
        badRequest("/api/verify/text", "{\"text\":\"\\n \"}", "'text' is required");
        badRequest("/api/verify/text", "{\"text\":\"" + "word ".repeat(4001) + "\"}", "at most 20000 characters");
    }

    @Test
    void malformedJsonIs400() {
        // Handled by the global mappers; a truncated body currently gets a bare 400 without a problem body there.
        given().contentType(ContentType.JSON).body("{\"claim\": ").when().post("/api/verify").then().statusCode(400);
        given().contentType(ContentType.JSON).body("[1,2").when().post("/api/verify/text").then().statusCode(400);
        badRequest("/api/verify", "{\"claim\": 5, \"x\": [}", "");
    }

    @Test
    void textAtTheLimitIsAccepted() {
        String sentence = "Kosovo uses the euro as its currency. ";
        String text = sentence.repeat(20_000 / sentence.length());
        given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/verify/text")
                .then().statusCode(200).body("sentences.size()", greaterThan(500));
    }
}
