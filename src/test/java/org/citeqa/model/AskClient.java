package org.citeqa.model;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.api.SseClient;
import org.eclipse.microprofile.config.ConfigProvider;

/** Calls /api/ask and /api/ask/stream and checks the invariants every answer must keep. */
final class AskClient {

    record Event(String name, String data) {
        JsonPath json() {
            return JsonPath.from(data);
        }
    }

    static final String HONG_KONG_QUESTION = "Which model did Serbia propose for Kosovo at the Vienna round on November 5?";
    static final String HONG_KONG_QUOTE = "refused by Kosovo delegation";

    private AskClient() {
    }

    static JsonPath ask(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/ask")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    static JsonPath ask(String question) {
        return ask(Map.of("question", question));
    }

    static List<Event> stream(Map<String, Object> body) {
        return SseClient.post("/api/ask/stream", body).stream().map(e -> new Event(e.name(), e.data())).toList();
    }

    /** The passage number (search rank) under which the model sees the chunk containing {@code text}. */
    /** The number the model sees for a passage: its rank in the configured retrieval, which the answer is not reranked by. */
    static int passageWith(String query, String text) {
        String mode = ConfigProvider.getConfig().getValue("citeqa.search.mode", String.class);
        List<Map<String, Object>> hits = given().queryParam("q", query).queryParam("k", 5).queryParam("mode", mode)
                .get("/api/search")
                .then().statusCode(200).extract().jsonPath().getList("hits");
        for (Map<String, Object> hit : hits) {
            if (((String) hit.get("text")).contains(text)) {
                return (int) hit.get("rank");
            }
        }
        throw new AssertionError("no passage of the top 5 for '" + query + "' contains '" + text + "'");
    }

    /** Every [n] has a citation, every citation is used, every quote is exact text of its document and chunk. */
    static void assertCitationsHold(JsonPath answer) {
        Set<Integer> markers = new TreeSet<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(answer.getString("answer"));
        while (m.find()) {
            markers.add(Integer.parseInt(m.group(1)));
        }
        assertEquals(markers, new TreeSet<>(answer.<Integer>getList("citations.n")), answer.getString("answer"));
        List<Map<String, Object>> citations = answer.getList("citations");
        for (Map<String, Object> c : citations) {
            String doc = given().get("/api/documents/" + c.get("documentId")).then().extract().path("text");
            assertEquals(c.get("quote"), doc.substring((int) c.get("start"), (int) c.get("end")));
            assertTrue(((String) c.get("text")).contains((String) c.get("quote")), "the quote lies in its chunk");
        }
    }
}
