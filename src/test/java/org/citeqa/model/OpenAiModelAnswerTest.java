package org.citeqa.model;

import static io.restassured.RestAssured.given;
import static org.citeqa.model.AskClient.HONG_KONG_QUESTION;
import static org.citeqa.model.AskClient.HONG_KONG_QUOTE;
import static org.citeqa.model.AskClient.ask;
import static org.citeqa.model.AskClient.assertCitationsHold;
import static org.citeqa.model.AskClient.passageWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grounded answers from an OpenAI-compatible model (WireMock), plain and checked sentence by sentence. */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class OpenAiModelAnswerTest {

    @InjectModelStub
    ModelStub model;

    @Inject
    ModelGateway gateway;

    @BeforeEach
    void fresh() {
        model.reset();
        gateway.resetBreaker();
    }

    @Test
    void answersFromThePassagesWithExactQuotesForEachSentence() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        model.answers("Serbia proposed the model of Hong Kong for Kosovo [" + n + "]. "
                + "The Kosovo delegation immediately refused it.[" + n + "]");

        JsonPath answer = ask(HONG_KONG_QUESTION);

        assertEquals("model", answer.getString("mode"));
        assertTrue(answer.getBoolean("answered"));
        assertNull(answer.get("fallbackReason"));
        assertEquals(HONG_KONG_QUESTION, answer.getString("standaloneQuestion"));
        assertEquals("Serbia proposed the model of Hong Kong for Kosovo [1]. The Kosovo delegation immediately "
                + "refused it [1].", answer.getString("answer"));
        assertCitationsHold(answer);
        assertEquals(1, answer.getList("citations").size(), "both sentences are backed by the same sentence");
        assertTrue(answer.getString("citations[0].quote").contains(HONG_KONG_QUOTE));
        assertEquals(List.of(true, true), answer.getList("sentences.supported"));
        assertEquals(List.of(), answer.getList("unsupported"));

        String request = model.requestBodies().get(0);
        assertTrue(request.contains(HONG_KONG_QUESTION), "the question is sent");
        assertTrue(request.contains("[" + n + "] ("), "passages are numbered with their titles");
        assertTrue(request.contains("immediately refused by Kosovo delegation"), "the passage text is sent");
        assertTrue(request.contains(PromptBuilder.NO_ANSWER), "the model is told how to say there is no answer");
        assertTrue(request.matches("(?s).*\"model\"\\s*:\\s*\"test-model\".*"), "the configured model is named");
    }

    @Test
    void citationsOfPassagesThatDoNotExistAreDropped() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        model.answers("Serbia offered the model of Hong Kong [" + n + "][9]. It was refused by the Kosovo "
                + "delegation [0].");

        JsonPath answer = ask(HONG_KONG_QUESTION);

        assertEquals("model", answer.getString("mode"));
        assertEquals(List.of(9, 0), answer.getList("droppedCitations"));
        assertFalse(answer.getString("answer").contains("[9]"));
        assertFalse(answer.getString("answer").contains("[0]"));
        assertCitationsHold(answer);
        assertEquals(List.of(1), answer.getList("sentences[0].citations"));
        assertEquals(List.of(), answer.getList("sentences[1].citations"));
        assertEquals(List.of(1), answer.getList("unsupported"), "a sentence left without a citation is unsupported");
    }

    @Test
    void sentencesTheirQuotesDoNotSupportAreMarked() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        model.answers("Serbia proposed the model of Hong Kong for Kosovo [" + n + "]. "
                + "Kosovo accepted the Hong Kong model on December 12, 2009 [" + n + "]. "
                + "The European Union funded a new airport in Pristina [" + n + "].");

        JsonPath answer = ask(HONG_KONG_QUESTION);

        assertEquals("model", answer.getString("mode"));
        assertEquals(List.of(true, false, false), answer.getList("sentences.supported"));
        assertEquals(List.of(1, 2), answer.getList("unsupported"));
        assertCitationsHold(answer);
    }

    @Test
    void saysSoWhenThePassagesDoNotAnswer() {
        model.answers("The passages do not answer this question.");

        JsonPath answer = ask("How many medals did Kosovo win at the 2016 Olympics?");

        assertEquals("model", answer.getString("mode"));
        assertFalse(answer.getBoolean("answered"));
        assertEquals("The documents do not answer this question.", answer.getString("answer"));
        assertEquals(List.of(), answer.getList("citations"));
        assertFalse(answer.getList("related").isEmpty());
    }

    @Test
    void anAnswerWithoutAValidCitationFallsBackToTheExtractiveAnswer() {
        model.answers("Serbia proposed the Hong Kong model [42]. Kosovo refused it.");

        JsonPath answer = ask(HONG_KONG_QUESTION);

        assertEquals("extractive", answer.getString("mode"));
        assertEquals("no-valid-citations", answer.getString("fallbackReason"));
        assertCitationsHold(answer);
    }

    @Test
    void modeExtractiveNeverCallsTheModel() {
        JsonPath answer = ask(Map.of("question", HONG_KONG_QUESTION, "mode", "extractive"));
        assertEquals("extractive", answer.getString("mode"));
        assertNull(answer.get("fallbackReason"));
        assertEquals(0, model.calls());
    }

    @Test
    void aFollowUpIsRewrittenByTheModelBeforeRetrieval() {
        String rewritten = "Who refused the Hong Kong model that Serbia proposed for Kosovo in Vienna on November 5?";
        int n = passageWith(rewritten, HONG_KONG_QUOTE);
        model.answersWhenAsked("Standalone question:", rewritten);
        model.answersWhenAsked("Passages:", "The Kosovo delegation refused it immediately [" + n + "].");

        JsonPath answer = ask(Map.of("question", "Who refused it?", "history", List.of(
                Map.of("role", "user", "content", HONG_KONG_QUESTION),
                Map.of("role", "assistant", "content", "Serbia proposed the model of Hong Kong [1]."))));

        assertEquals("model", answer.getString("mode"));
        assertEquals(rewritten, answer.getString("standaloneQuestion"));
        assertEquals("Who refused it?", answer.getString("question"));
        assertTrue(answer.getString("answer").contains("Kosovo delegation refused it"));
        assertTrue(answer.getString("citations[0].quote").contains(HONG_KONG_QUOTE));
        assertEquals(2, model.calls());
        String rewriteRequest = model.requestBodies().stream().filter(b -> b.contains("Standalone question:"))
                .findFirst().orElseThrow();
        assertTrue(rewriteRequest.contains(HONG_KONG_QUESTION) && rewriteRequest.contains("Who refused it?"));
        String answerRequest = model.requestBodies().stream().filter(b -> b.contains("Passages:"))
                .findFirst().orElseThrow();
        assertTrue(answerRequest.contains("Question: " + rewritten));
        assertTrue(answerRequest.contains("Conversation so far"));
    }

    @Test
    void badModeOrHistoryIsAProblem() {
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("question", "Who?", "mode", "fluent"),
                Map.<String, Object>of("question", "Who?", "history", List.of(Map.of("role", "system", "content", "x"))),
                Map.<String, Object>of("question", "Who?", "history", List.of(Map.of("role", "user", "content", "x".repeat(4001)))),
                Map.<String, Object>of("question", "Who?", "history",
                        java.util.Collections.nCopies(21, Map.of("role", "user", "content", "x"))))) {
            for (String path : List.of("/api/ask", "/api/ask/stream")) {
                given().contentType(ContentType.JSON).body(body).post(path)
                        .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
            }
        }
        given().contentType(ContentType.JSON).body(Map.of("question", "Who?", "mode", "fluent")).post("/api/ask")
                .then().body("detail", containsString("auto, model or extractive"));
        assertEquals(0, model.calls());
    }
}
