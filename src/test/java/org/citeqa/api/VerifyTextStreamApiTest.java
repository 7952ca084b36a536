package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.citeqa.api.SseClient.Event;
import org.junit.jupiter.api.Test;

/**
 * POST /api/verify/text/stream against the real checker: the plan, one event per sentence in order, then exactly
 * the /api/verify/text response; and the deciding words each evidence quote carries. Nothing here depends on
 * which verdict a sentence gets.
 */
@QuarkusTest
class VerifyTextStreamApiTest {

    static final String TEXT = "Egypt was the 100th country to recognise Kosovo.  The Rambouillet conference was held in"
            + " Austria.\nKosovo uses the euro as its currency.";

    @Test
    void streamsThePlanThenEachSentenceThenTheSameResultAsThePlainEndpoint() {
        List<Event> events = SseClient.post("/api/verify/text/stream", Map.of("text", TEXT));
        assertEquals(List.of("sentences", "sentence", "sentence", "sentence", "result"), SseClient.names(events));

        JsonPath plain = given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/verify/text")
                .then().statusCode(200).extract().jsonPath();
        JsonPath plan = events.get(0).json();
        assertEquals(3, plan.getInt("total"));
        assertTrue(events.get(0).data().startsWith("{\"total\":3,"), "the plan's fields keep one order: " + events.get(0));
        for (int i = 0; i < 3; i++) {
            assertEquals(plain.getInt("sentences[" + i + "].start"), plan.getInt("sentences[" + i + "].start"));
            assertEquals(plain.getInt("sentences[" + i + "].end"), plan.getInt("sentences[" + i + "].end"));
            JsonPath sentence = events.get(1 + i).json();
            assertEquals(i, sentence.getInt("index"));
            assertEquals(plain.<String, Object>getMap("sentences[" + i + "]"),
                    Map.of("start", sentence.get("start"), "end", sentence.get("end"), "text", sentence.get("text"),
                            "result", sentence.get("result")),
                    "each sentence event is the plain response's sentence, with its index");
        }
        assertEquals(plain.<String, Object>getMap(""), events.get(4).json().<String, Object>getMap(""),
                "the last event is exactly the /api/verify/text response");
    }

    @Test
    void badTextIsRefusedWithAProblemBeforeTheStreamStarts() {
        for (String body : List.of("{\"text\":\"  \"}", "{}", "{\"text\":" + "\"" + "a".repeat(20_001) + "\"}", "[1",
                "{\"text\":{\"a\":1}}")) {
            given().contentType(ContentType.JSON).accept("text/event-stream").body(body)
                    .post("/api/verify/text/stream")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().contentType(ContentType.JSON).accept("text/event-stream").body("{\"text\":\"  \"}")
                .post("/api/verify/text/stream")
                .then().body("detail", containsString("'text' is required"));
    }

    @Test
    void evidenceQuotesMarkTheirDecidingWords() {
        JsonPath json = given().contentType(ContentType.JSON)
                .body(Map.of("claim", "Egypt was the 100th country to recognise Kosovo."))
                .post("/api/verify").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> evidence = json.getList("evidence");
        assertTrue(!evidence.isEmpty(), "the claim's sentence is cited whatever the verdict");
        List<String> marked = new java.util.ArrayList<>();
        for (Map<String, Object> e : evidence) {
            String quote = (String) e.get("quote");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> marks = (List<Map<String, Object>>) e.get("marks");
            int at = 0;
            for (Map<String, Object> m : marks) {
                int start = (Integer) m.get("start");
                int end = (Integer) m.get("end");
                assertTrue(start >= at && end > start && end <= quote.length(), "ordered, inside the quote: " + marks);
                assertTrue(List.of("MATCH", "CONTRADICTION").contains(m.get("kind")), marks.toString());
                marked.add(quote.substring(start, end));
                at = end;
            }
        }
        assertTrue(marked.stream().anyMatch(w -> w.contains("Egypt")), "the claim's name is marked: " + marked);
        assertTrue(marked.stream().anyMatch(w -> w.contains("100th")), "its ordinal too: " + marked);
    }

    @Test
    void answerCitationsLeaveMarksOutUntilTheyAreKnown() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Who led the Kosovo Albanian delegation at Rambouillet?"))
                .post("/api/ask").then().statusCode(200)
                .body("citations[0].quote", org.hamcrest.Matchers.notNullValue())
                .body("citations[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("marks")));
    }
}
