package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AskApiTest {

    static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/ask")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    void answersWithAVerbatimQuoteAndExactOffsets() {
        JsonPath answer = ask("Who led the Kosovo Albanian delegation at Rambouillet?");
        assertEquals(true, answer.getBoolean("answered"));
        assertEquals("extractive", answer.getString("mode"));
        assertTrue(answer.getString("answer").contains("Thaci"), answer.getString("answer"));
        List<Map<String, Object>> citations = answer.getList("citations");
        assertTrue(!citations.isEmpty());
        for (Map<String, Object> c : citations) {
            String text = given().get("/api/documents/" + c.get("documentId")).then().extract().path("text");
            assertEquals(c.get("quote"), text.substring((int) c.get("start"), (int) c.get("end")));
            assertTrue(((String) c.get("text")).contains((String) c.get("quote")), "the quote lies in its chunk");
            assertTrue(((String) c.get("chunkId")).startsWith(c.get("documentId") + "#"));
        }
    }

    @Test
    void everyMarkerHasACitationAndEveryCitationIsUsed() {
        for (String question : List.of("When did Ahtisaari present his plan to the UN Security Council?",
                "How many French soldiers served in KFOR in 2011?", "Which model did Serbia propose for Kosovo?")) {
            JsonPath answer = ask(question);
            Set<Integer> markers = new TreeSet<>();
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(answer.getString("answer"));
            while (m.find()) {
                markers.add(Integer.parseInt(m.group(1)));
            }
            assertEquals(markers, new TreeSet<>(answer.<Integer>getList("citations.n")), question);
            for (String quote : answer.<String>getList("citations.quote")) {
                assertTrue(answer.getString("answer").contains(quote), "quoted verbatim: " + quote);
            }
        }
    }

    @Test
    void abstainsWhenTheDocumentsDoNotAnswer() {
        given().contentType(ContentType.JSON).body(Map.of("question", "How many medals did Kosovo win at the 2016 Olympics?"))
                .post("/api/ask").then().statusCode(200)
                .body("answered", equalTo(false))
                .body("answer", equalTo("The documents do not answer this question."))
                .body("citations", empty())
                .body("related", not(empty()));
    }

    /**
     * The documents name Pristina, the Dayton Accord, 2016 and Serbs in the north, but never state a population,
     * where the accord was signed, a president in 2016 or a number of Serbs: a sentence that merely mentions the
     * names, or gives a number of something else, is no answer. The service declines, or at most says the documents
     * only may answer (a hedged answer, below {@code citeqa.answer.hedge-below}); it never answers outright.
     */
    @ParameterizedTest
    @ValueSource(strings = {"What is the population of Pristina?", "Where was the Dayton Accord signed?",
            "Who was the president of Kosovo in 2016?", "How many Serbs live in northern Kosovo?"})
    void neverAnswersOutrightWhenASentenceOnlyMentionsWhatTheQuestionNames(String question) {
        var answer = given().contentType(ContentType.JSON).body(Map.of("question", question))
                .post("/api/ask").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(!answer.getBoolean("answered") || answer.getBoolean("hedged"),
                question + " -> " + answer.getString("answer"));
    }

    @Test
    void aHowManyQuestionIsAnsweredWithANumberOfWhatItCounts() {
        given().contentType(ContentType.JSON).body(Map.of("question", "How many soldiers did France contribute to KFOR?"))
                .post("/api/ask").then().statusCode(200)
                .body("answered", equalTo(true))
                .body("answer", containsString("780 soldiers"));
    }

    @Test
    void aFollowUpPronounBecomesTheNameTheLastAnswerGave() {
        String body = """
                {"question":"When did he arrive in Pristina?","history":[
                  {"role":"user","content":"Who was appointed UN Special Envoy for Kosovo's status?"},
                  {"role":"assistant","content":"Martti Ahtisaari was appointed UN Special Envoy for Kosovo's status. [1]"}]}""";
        given().contentType(ContentType.JSON).body(body).post("/api/ask").then().statusCode(200)
                .body("standaloneQuestion", equalTo("When did Martti Ahtisaari arrive in Pristina?"));
    }

    @Test
    void questionWithOnlySymbolsAbstainsRatherThanFailing() {
        given().contentType(ContentType.JSON).body(Map.of("question", "?? :) 🤔 AND OR \"")).post("/api/ask")
                .then().statusCode(200).body("answered", equalTo(false));
    }

    @Test
    void missingBlankOrOverlongQuestionIsAProblem() {
        for (String body : List.of("{}", "{\"question\":null}", "{\"question\":\"  \"}", "null")) {
            given().contentType(ContentType.JSON).body(body).post("/api/ask")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("detail", equalTo("'question' is required and must not be blank."));
        }
        given().contentType(ContentType.JSON).body(Map.of("question", "x".repeat(2001))).post("/api/ask")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at most 2000 characters"));
    }

    @Test
    void malformedJsonIsAProblem() {
        for (String body : List.of("{\"question\":", "{question: 'x'}", "not json", "{\"question\":{\"a\":1}}",
                "[\"question\"]")) {
            given().contentType(ContentType.JSON).body(body).post("/api/ask")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Bad Request"));
        }
    }

    @Test
    void emptyBodyIsAProblem() {
        given().contentType(ContentType.JSON).post("/api/ask").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeOrMethodIsAProblem() {
        given().contentType(ContentType.TEXT).body("Who?").post("/api/ask").then().statusCode(415)
                .contentType("application/problem+json");
        given().get("/api/ask").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", org.hamcrest.Matchers.equalTo("OPTIONS, POST"));
        given().delete("/api/documents/some-id").then().statusCode(org.hamcrest.Matchers.oneOf(401, 403, 404));
        given().patch("/api/documents/some-id").then().statusCode(405)
                .header("Allow", org.hamcrest.Matchers.equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
        given().delete("/api/search").then().statusCode(405)
                .header("Allow", org.hamcrest.Matchers.equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void aQuestionOfStrayLettersIsNotAnswered() {
        for (String question : List.of("a b", "b?", "x")) {
            given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask").then()
                    .statusCode(200).body("answered", is(false)).body("confidence", is(0.0f));
        }
    }

    @Test
    void optionsListsTheMethodsThePathAllowsAndNoOthers() {
        given().options("/api/ask").then().statusCode(200).header("Allow", org.hamcrest.Matchers.equalTo("OPTIONS, POST"));
        given().head("/api/ask").then().statusCode(405);
        given().options("/api/documents/some-id").then().statusCode(200)
                .header("Allow", org.hamcrest.Matchers.equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
        given().options("/api/search").then().statusCode(200)
                .header("Allow", org.hamcrest.Matchers.equalTo("GET, HEAD, OPTIONS"));
        given().options("/api/no-such-thing").then().statusCode(404);
    }
}
