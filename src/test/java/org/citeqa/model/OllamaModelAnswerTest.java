package org.citeqa.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.citeqa.model.AskClient.HONG_KONG_QUESTION;
import static org.citeqa.model.AskClient.HONG_KONG_QUOTE;
import static org.citeqa.model.AskClient.ask;
import static org.citeqa.model.AskClient.assertCitationsHold;
import static org.citeqa.model.AskClient.passageWith;
import static org.citeqa.model.AskClient.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citeqa.model.AskClient.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same grounded answers from Ollama's /api/chat (WireMock), plain and streamed as NDJSON. */
@QuarkusTest
@TestProfile(OllamaProfile.class)
class OllamaModelAnswerTest {

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
    void answersWithGroundedCitations() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        model.answers("Serbia offered the model of Hong Kong, which the Kosovo delegation refused [" + n + "][7].");

        JsonPath answer = ask(HONG_KONG_QUESTION);

        assertEquals("model", answer.getString("mode"));
        assertEquals("Serbia offered the model of Hong Kong, which the Kosovo delegation refused [1].",
                answer.getString("answer"));
        assertEquals(List.of(7), answer.getList("droppedCitations"));
        assertTrue(answer.getString("citations[0].quote").contains(HONG_KONG_QUOTE));
        assertCitationsHold(answer);
        String request = model.requestBodies().get(0);
        assertTrue(request.contains(HONG_KONG_QUESTION) && request.contains("immediately refused by Kosovo delegation"));
        assertTrue(request.matches("(?s).*\"stream\"\\s*:\\s*false.*"));
    }

    @Test
    void streamsNdjsonIntoDeltasAndTheFinalAnswer() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        String[] pieces = {"Serbia offered the model ", "of Hong Kong, which the Kosovo delegation ",
                "refused [" + n + "]."};
        model.answersPlainOrStreamed(pieces);

        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION));

        assertEquals(List.of("passages", "delta", "delta", "delta", "answer"),
                events.stream().map(Event::name).toList());
        assertEquals(String.join("", pieces), events.stream().filter(e -> e.name().equals("delta"))
                .map(e -> e.json().getString("text")).collect(Collectors.joining()));
        JsonPath answer = events.get(4).json();
        assertEquals("model", answer.getString("mode"));
        assertCitationsHold(answer);
        assertEquals(ask(HONG_KONG_QUESTION).<String, Object>getMap(""), answer.<String, Object>getMap(""));
    }

    @Test
    void saysSoWhenThePassagesDoNotAnswer() {
        model.answers("The passages do not answer this question.");
        JsonPath answer = ask("How many medals did Kosovo win at the 2016 Olympics?");
        assertEquals("model", answer.getString("mode"));
        assertFalse(answer.getBoolean("answered"));
    }

    @Test
    void aFailingModelFallsBackAndABrokenOneOpensTheBreaker() {
        model.respondsWith(aResponse().withStatus(500).withBody("{\"error\":\"model not loaded\"}"));
        for (int i = 0; i < 3; i++) {
            JsonPath answer = ask(HONG_KONG_QUESTION);
            assertEquals("extractive", answer.getString("mode"));
            assertEquals("model-error", answer.getString("fallbackReason"));
        }
        assertEquals("circuit-open", ask(HONG_KONG_QUESTION).getString("fallbackReason"));
        assertEquals(3, model.calls());
    }

    @Test
    void aFollowUpIsRewrittenByTheModel() {
        String rewritten = "Who refused the Hong Kong model Serbia proposed for Kosovo in Vienna on November 5?";
        int n = passageWith(rewritten, HONG_KONG_QUOTE);
        model.answersWhenAsked("Standalone question:", "Standalone question: \"" + rewritten + "\"");
        model.answersWhenAsked("Passages:", "The Kosovo delegation refused it [" + n + "].");

        JsonPath answer = ask(Map.of("question", "Who refused it?", "history",
                List.of(Map.of("role", "user", "content", HONG_KONG_QUESTION))));

        assertEquals(rewritten, answer.getString("standaloneQuestion"));
        assertEquals("model", answer.getString("mode"));
        assertTrue(answer.getString("citations[0].quote").contains(HONG_KONG_QUOTE));
    }
}
