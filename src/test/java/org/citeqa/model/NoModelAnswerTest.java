package org.citeqa.model;

import static org.citeqa.model.AskClient.HONG_KONG_QUESTION;
import static org.citeqa.model.AskClient.ask;
import static org.citeqa.model.AskClient.assertCitationsHold;
import static org.citeqa.model.AskClient.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.citeqa.model.AskClient.Event;
import org.junit.jupiter.api.Test;

/** The default profile: no model configured. */
@QuarkusTest
class NoModelAnswerTest {

    @Test
    void autoIsExtractiveWithoutAReason() {
        JsonPath answer = ask(HONG_KONG_QUESTION);
        assertEquals("extractive", answer.getString("mode"));
        assertNull(answer.get("fallbackReason"));
        assertEquals(HONG_KONG_QUESTION, answer.getString("standaloneQuestion"));
        assertEquals(List.of(), answer.getList("unsupported"));
        assertEquals(answer.getList("citations").size(), answer.getList("sentences").size());
    }

    @Test
    void askingForTheModelSaysItIsNotConfigured() {
        JsonPath answer = ask(Map.of("question", HONG_KONG_QUESTION, "mode", "model"));
        assertEquals("extractive", answer.getString("mode"));
        assertEquals("not-configured", answer.getString("fallbackReason"));
    }

    @Test
    void aFollowUpCarriesThePreviousSubjectAndIsAnswered() {
        JsonPath answer = ask(Map.of("question", "Who refused it?", "history", List.of(
                Map.of("role", "user", "content", HONG_KONG_QUESTION),
                Map.of("role", "assistant", "content", "The model of Hong Kong [1]."))));
        // The pronoun stands for what the last answer named: the phrase headed by its new name.
        assertEquals("Who refused the model of Hong Kong?", answer.getString("standaloneQuestion"));
        assertTrue(answer.getBoolean("answered"));
        assertTrue(answer.getString("answer").matches("(?s).*refused by (the )?Kosovo (delegation|team).*"),
                answer.getString("answer"));
        assertCitationsHold(answer);
    }

    @Test
    void theStreamCarriesTheExtractiveAnswer() {
        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION));
        assertEquals("passages", events.get(0).name());
        assertEquals("delta", events.get(1).name());
        Event last = events.get(events.size() - 1);
        assertEquals("answer", last.name());
        assertEquals(ask(HONG_KONG_QUESTION).<String, Object>getMap(""), last.json().<String, Object>getMap(""));
    }
}
