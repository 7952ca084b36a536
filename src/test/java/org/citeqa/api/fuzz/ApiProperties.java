package org.citeqa.api.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every endpoint under hostile input: no request yields a 5xx; every error is problem+json whose
 * status matches the response's and whose detail names nothing of the implementation; every success has its
 * documented shape, and every quote in it is exactly the document text its offsets point at.
 * <p>
 * Run by {@link org.citeqa.api.ApiPropertiesTest} against the test application (whose address it passes in
 * {@value #BASE_URL}); the class name keeps surefire from running it on its own. Seeds are fixed so that CI is
 * repeatable: change {@link #SEED} to explore other inputs.
 */
public class ApiProperties {

    public static final String BASE_URL = "citeqa.fuzz.base-url";
    static final String SEED = "20261127";

    /** Requests per endpoint and status, over the whole run. */
    public static final Map<String, Map<Integer, Integer>> TALLY = new ConcurrentHashMap<>();

    private static final Set<String> VERDICTS = Set.of("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO");
    private static final List<String> LEAKS = List.of("Exception", "com.fasterxml", "jackson", "REDACTED", "JsonToken",
            "java.", "\tat ", "org.citeqa", "io.quarkus", "io.vertx");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();

    private final RawHttp http = new RawHttp(URI.create(System.getProperty(BASE_URL, "http://localhost:8080/")));
    private final ObjectMapper json = new ObjectMapper();

    // ---------- properties ----------

    @Property(seed = SEED)
    void ask(@ForAll("askBodies") Inputs.Body body, @ForAll("contentTypes") String type) {
        check("POST /api/ask", http.post("/api/ask", type, utf8(body)), ok -> answer(parse(ok.body())));
    }

    @Property(seed = SEED)
    void askStream(@ForAll("askBodies") Inputs.Body body, @ForAll("contentTypes") String type) {
        check("POST /api/ask/stream", http.post("/api/ask/stream", type, utf8(body)), ok -> {
            assertTrue(ok.contentType().startsWith("text/event-stream"), ok.contentType());
            int at = ok.body().lastIndexOf("event:answer\ndata:");
            assertTrue(at >= 0, "the stream ends with its answer event: " + RawHttp.abbreviate(ok.body()));
            answer(parse(ok.body().substring(at + "event:answer\ndata:".length()).lines().findFirst().orElse("")));
        });
    }

    @Property(seed = SEED)
    void verify(@ForAll("verifyBodies") Inputs.Body body, @ForAll("contentTypes") String type) {
        check("POST /api/verify", http.post("/api/verify", type, utf8(body)), ok -> verification(parse(ok.body())));
    }

    @Property(seed = SEED)
    void verifyText(@ForAll("verifyTextBodies") Inputs.Body body, @ForAll("contentTypes") String type) {
        check("POST /api/verify/text", http.post("/api/verify/text", type, utf8(body)), ok -> {
            JsonNode result = parse(ok.body());
            for (JsonNode sentence : result.get("sentences")) {
                assertTrue(sentence.get("start").asInt() <= sentence.get("end").asInt(), sentence.toString());
                verification(sentence.get("result"));
            }
        });
    }

    @Property(seed = SEED)
    void verifyTextStream(@ForAll("verifyTextBodies") Inputs.Body body, @ForAll("contentTypes") String type) {
        check("POST /api/verify/text/stream", http.post("/api/verify/text/stream", type, utf8(body)),
                ok -> assertTrue(ok.contentType().startsWith("text/event-stream"), ok.contentType()));
    }

    @Property(seed = SEED)
    void search(@ForAll("queryValues") String q, @ForAll("counts") String k, @ForAll("modes") String mode,
                @ForAll("flags") int which) {
        StringBuilder target = new StringBuilder("/api/search?");
        if ((which & 1) == 0) {
            target.append("q=").append(q).append('&');
        }
        if ((which & 2) == 0) {
            target.append("k=").append(k).append('&');
        }
        if ((which & 4) == 0) {
            target.append("mode=").append(mode);
        }
        check("GET /api/search", http.get(target.toString()), ok -> {
            for (JsonNode hit : parse(ok.body()).get("hits")) {
                assertQuoted(hit.get("documentId").asText(), hit.get("text").asText(), hit.get("start").asInt(),
                        hit.get("end").asInt());
            }
        });
    }

    @Property(seed = SEED)
    void documents(@ForAll("pathSegments") String id) {
        check("GET /api/documents/{id}", http.get("/api/documents/" + id), ok -> {
            JsonNode doc = parse(ok.body());
            // "." or ".." as the id is the list itself once the path is normalised
            assertTrue(doc.isArray() || !doc.path("text").asText().isEmpty(), RawHttp.abbreviate(ok.body()));
        });
    }

    @Property(seed = SEED)
    void jobs(@ForAll("pathSegments") String id) {
        check("GET /api/jobs/{id}", http.get("/api/jobs/" + id), ok -> parse(ok.body()));
    }

    @Property(seed = SEED)
    void examples() {
        check("GET /api/examples", http.get("/api/examples"), ok -> {
            JsonNode examples = parse(ok.body());
            assertTrue(examples.get("questions").isArray() && examples.get("claims").isArray(), ok.body());
        });
    }

    /** Uploads, replacements and deletions: without this profile's (absent) admin token, any body, any credentials. */
    @Property(seed = SEED)
    void documentWrites(@ForAll("writeMethods") String method, @ForAll("pathSegments") String id,
                        @ForAll("rawBodies") byte[] body, @ForAll("uploadTypes") String type,
                        @ForAll("credentials") String authorization) {
        String target = method.equals("POST") ? "/api/documents" : "/api/documents/" + id;
        check(method + " /api/documents", http.send(method, target, type, method.equals("DELETE") ? null : body,
                authorization), ok -> parse(ok.body()));
    }

    @Property(seed = SEED)
    void bytesThatAreNotJson(@ForAll("rawBodies") byte[] body, @ForAll("postPaths") String path) {
        check("POST (raw bytes)", http.post(path, "application/json", body), ok -> parse(ok.body().startsWith("{")
                ? ok.body() : "{}"));
    }

    // ---------- generators ----------

    @Provide
    Arbitrary<Inputs.Body> askBodies() {
        return Inputs.askBody();
    }

    @Provide
    Arbitrary<Inputs.Body> verifyBodies() {
        return Inputs.verifyBody();
    }

    @Provide
    Arbitrary<Inputs.Body> verifyTextBodies() {
        return Inputs.verifyTextBody();
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Inputs.contentType();
    }

    @Provide
    Arbitrary<String> queryValues() {
        return Inputs.queryValue();
    }

    @Provide
    Arbitrary<String> counts() {
        return net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, net.jqwik.api.Arbitraries.integers().between(1, 50).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Inputs.queryValue()));
    }

    @Provide
    Arbitrary<String> modes() {
        return net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, net.jqwik.api.Arbitraries.of("bm25", "vector", "hybrid")),
                net.jqwik.api.Tuple.of(1, Inputs.queryValue()));
    }

    @Provide
    Arbitrary<Integer> flags() {
        return net.jqwik.api.Arbitraries.integers().between(0, 7);
    }

    @Provide
    Arbitrary<String> pathSegments() {
        return Inputs.pathSegment();
    }

    @Provide
    Arbitrary<byte[]> rawBodies() {
        return Inputs.rawBytes();
    }

    @Provide
    Arbitrary<String> postPaths() {
        return net.jqwik.api.Arbitraries.of("/api/ask", "/api/ask/stream", "/api/verify", "/api/verify/text",
                "/api/verify/text/stream");
    }

    @Provide
    Arbitrary<String> writeMethods() {
        return net.jqwik.api.Arbitraries.of("POST", "PUT", "DELETE");
    }

    @Provide
    Arbitrary<String> uploadTypes() {
        return net.jqwik.api.Arbitraries.of("multipart/form-data; boundary=x", "multipart/form-data",
                "application/pdf", "application/octet-stream", "text/plain", "application/json", "");
    }

    @Provide
    Arbitrary<String> credentials() {
        return net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(2, Inputs.text().map(t -> "Bearer " + t.replaceAll("[^\\x20-\\x7e]", "?"))),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.of("Basic YWRtaW46YWRtaW4=", "Bearer", "", "bearer  x")));
    }

    // ---------- checks ----------

    private void check(String endpoint, RawHttp.Response response, Consumer<RawHttp.Response> success) {
        TALLY.computeIfAbsent(endpoint, e -> new ConcurrentHashMap<>()).merge(response.status(), 1, Integer::sum);
        int status = response.status();
        if (response.refusedBeforeRouting()) {
            return; // documented in the README: the HTTP layer answers these without a body
        }
        if (status >= 500) {
            fail(status + " " + RawHttp.abbreviate(response.body()));
        }
        if (status >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"),
                    status + " with " + response.contentType() + ": " + RawHttp.abbreviate(response.body()));
            JsonNode problem = parse(response.body());
            assertEquals(status, problem.path("status").asInt(), response.body());
            String detail = problem.path("detail").asText("");
            assertFalse(detail.isBlank(), response.body());
            for (String leak : LEAKS) {
                assertFalse(detail.contains(leak), "the error names the implementation: " + detail);
            }
            return;
        }
        assertEquals(200, status, response.body());
        success.accept(response);
    }

    private void answer(JsonNode answer) {
        assertTrue(answer.get("answered").isBoolean(), answer.toString());
        Set<Integer> cited = new java.util.HashSet<>();
        for (JsonNode citation : answer.get("citations")) {
            cited.add(citation.get("n").asInt());
            assertQuoted(citation.get("documentId").asText(), citation.get("quote").asText(),
                    citation.get("start").asInt(), citation.get("end").asInt());
        }
        Matcher m = MARKER.matcher(answer.get("answer").asText());
        while (m.find()) {
            assertTrue(cited.contains(Integer.parseInt(m.group(1))), "[" + m.group(1) + "] has no citation: " + answer);
        }
    }

    private void verification(JsonNode result) {
        assertTrue(VERDICTS.contains(result.get("verdict").asText()), result.toString());
        for (JsonNode evidence : result.get("evidence")) {
            assertQuoted(evidence.get("documentId").asText(), evidence.get("quote").asText(),
                    evidence.get("start").asInt(), evidence.get("end").asInt());
        }
    }

    /** The quote is exactly the document's text between its offsets. */
    private void assertQuoted(String documentId, String quote, int start, int end) {
        String text = DOCUMENTS.computeIfAbsent(documentId, id -> {
            RawHttp.Response doc = http.get("/api/documents/" + Inputs.percentEncode(id));
            assertEquals(200, doc.status(), "cited document " + id);
            return parse(doc.body()).get("text").asText();
        });
        assertTrue(0 <= start && start <= end && end <= text.length(), documentId + " [" + start + ", " + end + ")");
        assertEquals(text.substring(start, end), quote, "quote at " + documentId + " [" + start + ", " + end + ")");
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + RawHttp.abbreviate(body), e);
        }
    }

    private static byte[] utf8(Inputs.Body body) {
        return body.text().getBytes(StandardCharsets.UTF_8);
    }
}
