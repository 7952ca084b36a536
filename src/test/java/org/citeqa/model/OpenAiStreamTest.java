package org.citeqa.model;

import static org.citeqa.model.AskClient.HONG_KONG_QUESTION;
import static org.citeqa.model.AskClient.HONG_KONG_QUOTE;
import static org.citeqa.model.AskClient.ask;
import static org.citeqa.model.AskClient.assertCitationsHold;
import static org.citeqa.model.AskClient.passageWith;
import static org.citeqa.model.AskClient.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.WireMock;
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

/** POST /api/ask/stream: passages, deltas, then exactly the /api/ask answer, whatever the model does. */
@QuarkusTest
@TestProfile(OpenAiProfile.class)
class OpenAiStreamTest {

    @InjectModelStub
    ModelStub model;

    @Inject
    ModelGateway gateway;

    @BeforeEach
    void fresh() {
        model.reset();
        gateway.resetBreaker();
    }

    static List<String> names(List<Event> events) {
        return events.stream().map(Event::name).toList();
    }

    static String deltas(List<Event> events) {
        return events.stream().filter(e -> e.name().equals("delta")).map(e -> e.json().getString("text"))
                .collect(Collectors.joining());
    }

    @Test
    void streamsPassagesThenDeltasThenTheSameAnswerAsAsk() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        String[] pieces = {"Serbia proposed the model ", "of Hong Kong [" + n + "]. The Kosovo ",
                "delegation refused it [" + n + "]."};
        model.answersPlainOrStreamed(pieces);

        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION));

        assertEquals("passages", events.get(0).name());
        assertEquals(5, events.get(0).json().getList("passages").size());
        assertEquals(n, events.get(0).json().getInt("passages[" + (n - 1) + "].n"));
        assertEquals(List.of("delta", "delta", "delta"), names(events).subList(1, 4), "one delta per chunk");
        assertEquals("answer", events.get(events.size() - 1).name());
        assertEquals(5, events.size());
        assertEquals(String.join("", pieces), deltas(events));

        JsonPath streamed = events.get(events.size() - 1).json();
        assertEquals("model", streamed.getString("mode"));
        assertCitationsHold(streamed);
        assertEquals(ask(HONG_KONG_QUESTION).<String, Object>getMap(""), streamed.<String, Object>getMap(""),
                "the final event is exactly the /api/ask response");
    }

    @Test
    void extractiveModeStreamsToo() {
        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION, "mode", "extractive"));
        assertEquals("passages", events.get(0).name());
        assertEquals("answer", events.get(events.size() - 1).name());
        assertTrue(names(events).subList(1, events.size() - 1).stream().allMatch("delta"::equals));
        JsonPath answer = events.get(events.size() - 1).json();
        assertEquals("extractive", answer.getString("mode"));
        assertEquals(answer.getString("answer"), deltas(events));
        assertEquals(0, model.calls());
    }

    @Test
    void aModelThatFailsBeforeStreamingEndsWithTheExtractiveAnswer() {
        model.respondsWith(WireMock.aResponse().withStatus(500));
        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION));
        assertEquals("passages", events.get(0).name());
        assertTrue(names(events).contains("delta"));
        JsonPath answer = events.get(events.size() - 1).json();
        assertEquals("extractive", answer.getString("mode"));
        assertEquals("model-error", answer.getString("fallbackReason"));
        assertEquals(answer.getString("answer"), deltas(events));
    }

    @Test
    void aModelThatStallsMidStreamIsResetAndEndsWithTheExtractiveAnswer() {
        int n = passageWith(HONG_KONG_QUESTION, HONG_KONG_QUOTE);
        // WireMock sends one 40th of the body a second: the first second brings the first pieces, then the stream
        // stalls past the 2 s timeout inside the long last piece
        model.respondsWith(model.streamed("Serbia proposed ", "the model ", "of Hong Kong [" + n + "]. ",
                "It was refused. ".repeat(2500)).withChunkedDribbleDelay(40, 40_000));

        List<Event> events = stream(Map.of("question", HONG_KONG_QUESTION));

        List<String> names = names(events);
        assertEquals("passages", names.get(0));
        assertEquals("answer", names.get(names.size() - 1));
        int reset = names.indexOf("reset");
        assertTrue(reset > 1 && names.subList(1, reset).stream().allMatch("delta"::equals),
                "model deltas, then a reset: " + names);
        assertEquals("timeout", events.get(reset).json().getString("fallbackReason"));
        JsonPath answer = events.get(events.size() - 1).json();
        assertEquals("extractive", answer.getString("mode"));
        assertEquals("timeout", answer.getString("fallbackReason"));
        String afterReset = events.subList(reset + 1, events.size() - 1).stream()
                .map(e -> e.json().getString("text")).collect(Collectors.joining());
        assertEquals(answer.getString("answer"), afterReset);
    }
}
