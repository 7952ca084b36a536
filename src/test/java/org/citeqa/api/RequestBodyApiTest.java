package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies are read strictly and their errors are told in plain words: every field of every request refuses a
 * value of the wrong type (no coercion of 42 or true into text), malformed JSON is described with its line and
 * column and nothing of the JSON library, and text must be whole characters.
 */
@QuarkusTest
class RequestBodyApiTest {

    /** Each endpoint with a valid body, and the JSON path of each field in it. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "/api/ask", Map.of(
                    "question", "{\"question\":%s}",
                    "mode", "{\"question\":\"Who?\",\"mode\":%s}",
                    "history", "{\"question\":\"Who?\",\"history\":%s}",
                    "history[0]", "{\"question\":\"Who?\",\"history\":[%s]}",
                    "history[0].role", "{\"question\":\"Who?\",\"history\":[{\"role\":%s,\"content\":\"x\"}]}",
                    "history[0].content", "{\"question\":\"Who?\",\"history\":[{\"role\":\"user\",\"content\":%s}]}"),
            "/api/ask/stream", Map.of(
                    "question", "{\"question\":%s}",
                    "mode", "{\"question\":\"Who?\",\"mode\":%s}",
                    "history", "{\"question\":\"Who?\",\"history\":%s}",
                    "history[1].content", "{\"question\":\"Who?\",\"history\":[{\"role\":\"user\",\"content\":\"a\"},"
                            + "{\"role\":\"assistant\",\"content\":%s}]}"),
            "/api/verify", Map.of("claim", "{\"claim\":%s}"),
            "/api/verify/text", Map.of("text", "{\"text\":%s}"));

    private static final List<String> TEXT_FIELDS = List.of("question", "mode", "history[0].role",
            "history[0].content", "history[1].content", "claim", "text");

    @Test
    void everyFieldOfEveryRequestRefusesAValueOfTheWrongType() {
        int checked = 0;
        for (var endpoint : FIELDS.entrySet()) {
            for (var field : endpoint.getValue().entrySet()) {
                boolean text = TEXT_FIELDS.contains(field.getKey());
                List<String> wrong = text ? List.of("42", "-1.5e3", "true", "false", "[\"x\"]", "{\"a\":1}")
                        : field.getKey().equals("history") ? List.of("42", "true", "\"h\"", "\"\"", "{\"a\":1}")
                        : List.of("42", "true", "\"h\"", "[1]");
                for (String value : wrong) {
                    String body = field.getValue().formatted(value);
                    String detail = given().contentType(ContentType.JSON).body(body).post(endpoint.getKey())
                            .then().statusCode(400).contentType("application/problem+json")
                            .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                            .extract().path("detail");
                    String expected = text ? "text" : field.getKey().equals("history") ? "a list" : "an object";
                    assertEquals("The field '" + field.getKey() + "' must be " + expected + "; it is " + kind(value)
                            + ".", detail, endpoint.getKey() + " " + body);
                    checked++;
                }
            }
        }
        assertEquals(68, checked, "every field of every request was tried");
    }

    private static String kind(String json) {
        return switch (json.charAt(0)) {
            case '[' -> "a list";
            case '{' -> "an object";
            case '"' -> "text";
            case 't' -> "true";
            case 'f' -> "false";
            default -> "a number";
        };
    }

    @Test
    void numbersAndBooleansAreNeverAnswered() {
        for (String body : List.of("{\"question\":42}", "{\"question\":true}")) {
            given().contentType(ContentType.JSON).body(body).post("/api/ask").then().statusCode(400)
                    .body("detail", containsString("'question' must be text"));
        }
    }

    static List<Arguments> malformed() {
        return List.of(
                Arguments.of("{\"question\":\"Who?\"", "it ends before its last object, list or text is closed (line 1, column 19)"),
                Arguments.of("{\"question\":\"Who?\",\"question\":\"x\"}", "the field 'question' is given twice (line 1, column 30)"),
                Arguments.of("{question:\"Who?\"}", "unexpected 'q' where a field name in double quotes should start (line 1, column 2)"),
                Arguments.of("{\"question\":Who}", "unexpected word 'Who' (text must be in double quotes) (line 1, column 13)"),
                Arguments.of("{\"question\":\"Who?\"}}", "a closing bracket does not match what it closes (line 1, column 20)"),
                Arguments.of("{\"question\":\"W\\ho\"}", "'\\h' is not an escape JSON allows inside text (line 1, column 16)"),
                Arguments.of("{\"question\" \"Who?\"}", "unexpected '\"' where a colon should follow the field name (line 1, column 13)"),
                Arguments.of("{\"question\":\"Who?\" \"mode\":\"x\"}", "unexpected '\"' where a comma or '}' should follow (line 1, column 20)"),
                Arguments.of("{\"question\":01}", "a number is not written as JSON allows (line 1, column 14)"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedJsonIsDescribedInPlainWords(String body, String problem) {
        String detail = given().contentType(ContentType.JSON).body(body).post("/api/ask")
                .then().statusCode(400).contentType("application/problem+json").extract().path("detail");
        assertEquals("The request body is not valid JSON: " + problem + ".", detail);
    }

    @Test
    void malformedJsonNeverShowsTheLibrary() {
        List<byte[]> bodies = List.of("{\"question\":\"a\nb\"}".getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', 'q', '"', ':', '"', (byte) 0xff, '"', '}'},
                "[".repeat(3000).getBytes(StandardCharsets.UTF_8),
                "{\"a\":".repeat(1500).getBytes(StandardCharsets.UTF_8),
                "{\"question\":\"".getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            String detail = given().contentType(ContentType.JSON).body(body).post("/api/verify")
                    .then().statusCode(400).contentType("application/problem+json").extract().path("detail");
            for (String library : List.of("Source", "REDACTED", "JsonToken", "jackson", "`", "Exception", "CTRL-CHAR")) {
                assertFalse(detail.contains(library), detail);
            }
        }
        given().contentType(ContentType.JSON).body("{\"text\":\"a\u0001b\"}".getBytes(StandardCharsets.UTF_8))
                .post("/api/verify/text").then().statusCode(400)
                .body("detail", equalTo("The request body is not valid JSON: a control character (U+0001) must be "
                        + "escaped inside text (line 1, column 11)."));
        given().contentType(ContentType.JSON).body(new byte[] {'{', '"', 'c', 'l', 'a', 'i', 'm', '"', ':', '"',
                        (byte) 0xc3, '"', '}'}).post("/api/verify").then().statusCode(400)
                .body("detail", containsString("it is not valid UTF-8"));
        given().contentType(ContentType.JSON).body("[".repeat(3000)).post("/api/ask").then().statusCode(400)
                .body("detail", equalTo("The request body must be a JSON object."));
        given().contentType(ContentType.JSON).body("{\"question\":\"Who?\",\"extra\":" + "[".repeat(1500))
                .post("/api/ask").then().statusCode(400)
                .body("detail", equalTo("The request body is not valid JSON: it is nested too deeply."));
    }

    @Test
    void textMustBeWholeCharacters() {
        for (var request : Map.of("/api/ask", "{\"question\":\"Who \\ud800 led?\"}",
                "/api/ask/stream", "{\"question\":\"Who?\",\"history\":[{\"role\":\"user\",\"content\":\"\\udc00\"}]}",
                "/api/verify", "{\"claim\":\"\\ud800\"}",
                "/api/verify/text", "{\"text\":\"Kosovo. \\ud83d\"}").entrySet()) {
            given().contentType(ContentType.JSON).body(request.getValue()).post(request.getKey())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("holds half of a character (an unpaired UTF-16 surrogate"));
        }
        given().contentType(ContentType.JSON).body("{\"claim\":\"Kosovo \\ud83d\\ude00 declared independence\"}")
                .post("/api/verify").then().statusCode(200);
    }

    @Test
    void textWithNothingToEmbedIsCheckedNotFailed() {
        for (String text : List.of("\\u0301", "\\u0301\\u0302\\u20dd", "\\ufffd", "\\u200b\\u0301", "\\ue000")) {
            given().contentType(ContentType.JSON).body("{\"claim\":\"" + text + "\"}").post("/api/verify")
                    .then().statusCode(200).body("verdict", equalTo("NOT_ENOUGH_INFO"));
            given().contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}").post("/api/verify/text")
                    .then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"question\":\"" + text + "\"}").post("/api/ask")
                    .then().statusCode(200).body("answered", equalTo(false));
            given().queryParam("q", text.equals("\\u0301") ? "\u0301" : "\ufffd").queryParam("mode", "vector")
                    .get("/api/search").then().statusCode(200).body("mode", not(equalTo("")));
        }
    }
}
