package org.citeqa.model;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in model server on loopback: WireMock speaking either the OpenAI chat-completions API or Ollama's
 * /api/chat, plain or streamed. It keeps its port across stop/start so that tests can refuse connections.
 */
public final class ModelStub {

    public enum Dialect { OPENAI, OLLAMA }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Dialect dialect;
    private final int port;
    private WireMockServer server;

    ModelStub(Dialect dialect) {
        this.dialect = dialect;
        this.port = freePort();
        start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + (dialect == Dialect.OPENAI ? "/v1" : "");
    }

    public String path() {
        return dialect == Dialect.OPENAI ? "/v1/chat/completions" : "/api/chat";
    }

    public void start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").port(port)
                .containerThreads(20).jettyStopTimeout(100L));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public void reset() {
        server.resetAll();
    }

    public WireMockServer server() {
        return server;
    }

    /** Requests the model received. */
    public int calls() {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo(path())).build()).getCount();
    }

    public List<String> requestBodies() {
        List<String> bodies = new ArrayList<>();
        for (LoggedRequest r : server.findAll(postRequestedFor(urlEqualTo(path())))) {
            bodies.add(r.getBodyAsString());
        }
        return bodies;
    }

    /** Every chat call answers {@code text} at once. */
    public void answers(String text) {
        server.stubFor(chat().willReturn(plain(text)));
    }

    /** Chat calls whose body contains {@code marker} answer {@code text}. */
    public void answersWhenAsked(String marker, String text) {
        server.stubFor(chat().withRequestBody(containing(marker)).willReturn(plain(text)));
    }

    /** Every streamed chat call answers these pieces, one chunk each. */
    public void streams(String... pieces) {
        server.stubFor(chat().willReturn(streamed(pieces)));
    }

    /** Streamed chat calls get {@code pieces} one chunk each, plain calls their concatenation. */
    public void answersPlainOrStreamed(String... pieces) {
        server.stubFor(chat().atPriority(1).withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(streamed(pieces)));
        server.stubFor(chat().atPriority(5).willReturn(plain(String.join("", pieces))));
    }

    public void respondsWith(ResponseDefinitionBuilder response) {
        server.stubFor(chat().willReturn(response));
    }

    MappingBuilder chat() {
        return post(urlEqualTo(path()));
    }

    public ResponseDefinitionBuilder plain(String text) {
        Object body = dialect == Dialect.OPENAI
                ? Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test-model",
                        "choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", text),
                                "finish_reason", "stop")),
                        "usage", Map.of("prompt_tokens", 10, "completion_tokens", 10, "total_tokens", 20))
                : Map.of("model", "test-model", "created_at", "2026-01-01T00:00:00Z",
                        "message", Map.of("role", "assistant", "content", text), "done", true, "done_reason", "stop",
                        "prompt_eval_count", 10, "eval_count", 10);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json(body));
    }

    public ResponseDefinitionBuilder streamed(String... pieces) {
        StringBuilder body = new StringBuilder();
        if (dialect == Dialect.OPENAI) {
            for (String piece : pieces) {
                body.append("data: ").append(json(openAiChunk(Map.of("content", piece), null))).append("\n\n");
            }
            body.append("data: ").append(json(openAiChunk(Map.of(), "stop"))).append("\n\n");
            body.append("data: [DONE]\n\n");
            return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString());
        }
        for (String piece : pieces) {
            body.append(json(ollamaLine(piece, false))).append('\n');
        }
        body.append(json(ollamaLine("", true))).append('\n');
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-ndjson").withBody(body.toString());
    }

    private static Map<String, Object> openAiChunk(Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.HashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        return Map.of("id", "chatcmpl-1", "object", "chat.completion.chunk", "created", 1, "model", "test-model",
                "choices", List.of(choice));
    }

    private static Map<String, Object> ollamaLine(String content, boolean done) {
        Map<String, Object> line = new java.util.HashMap<>();
        line.put("model", "test-model");
        line.put("created_at", "2026-01-01T00:00:00Z");
        line.put("message", Map.of("role", "assistant", "content", content));
        line.put("done", done);
        if (done) {
            line.put("done_reason", "stop");
            line.put("prompt_eval_count", 10);
            line.put("eval_count", 10);
        }
        return line;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
