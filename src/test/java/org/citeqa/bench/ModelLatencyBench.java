package org.citeqa.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jakarta.inject.Inject;
import org.citeqa.model.InjectModelStub;
import org.citeqa.model.ModelGateway;
import org.citeqa.model.ModelStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, not asserts: the latency of each kind of fallback, and the time the service adds on top of a model
 * that answers instantly (p50/p95 after warm-up). Off by default; run with
 * {@code ./mvnw -B test -Dtest=ModelLatencyBench -Dciteqa.bench=true}. Results go to stdout and
 * target/bench/model-latency.txt.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@EnabledIfSystemProperty(named = "citeqa.bench", matches = "true")
class ModelLatencyBench {

    static final String QUESTION = "Which model did Serbia propose for Kosovo at the Vienna round on November 5?";
    static final int WARM_UP = 50;
    static final int RUNS = 300;
    static final int FAILURE_RUNS = 10;

    @InjectModelStub
    ModelStub model;

    @Inject
    ModelGateway gateway;

    @TestHTTPResource("/api/ask")
    URL ask;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> report = new ArrayList<>();
    private String lastReason = "";

    @Test
    void measure() throws Exception {
        line("CiteQA model latency, %d cores, model timeout %d ms", Runtime.getRuntime().availableProcessors(),
                BenchProfile.TIMEOUT_MS);

        model.reset();
        model.answersPlainOrStreamed("Serbia offered the model of Hong Kong, which the Kosovo delegation refused [1].");
        String stubBody = "{\"model\":\"test-model\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\""
                + "x".repeat(4000) + "\"}]}";
        URI stub = URI.create(model.baseUrl() + "/chat/completions");
        time(WARM_UP, () -> post(stub, stubBody));
        summary("stub model alone (direct POST)", time(RUNS, () -> post(stub, stubBody)));

        String extractive = body("extractive");
        time(WARM_UP, () -> post(ask.toURI(), extractive));
        summary("/api/ask extractive", time(RUNS, () -> post(ask.toURI(), extractive)));

        String modelMode = body("model");
        time(WARM_UP, () -> post(ask.toURI(), modelMode));
        summary("/api/ask model, instant stub", time(RUNS, () -> post(ask.toURI(), modelMode)));

        line("");
        line("fallback latency, %d requests each (breaker reset before each kind)", FAILURE_RUNS);
        failure("server error 500", aResponse().withStatus(500), FAILURE_RUNS);
        failure("rate limited 429", aResponse().withStatus(429), FAILURE_RUNS);
        failure("malformed JSON", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"choices\": [ nope"), FAILURE_RUNS);
        failure("empty output", model.plain(""), FAILURE_RUNS);
        failure("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), FAILURE_RUNS);
        failure("no valid citation", model.plain("Serbia offered Hong Kong's model [42]."), FAILURE_RUNS);
        failure("timeout (stub delays 5 s)", model.plain("late [1].").withFixedDelay(5000), 5);
        gateway.resetBreaker();
        model.stop();
        try {
            summary("connection refused", time(FAILURE_RUNS, () -> post(ask.toURI(), modelMode)));
        } finally {
            model.start();
        }
        gateway.resetBreaker();
        model.reset();
        model.respondsWith(aResponse().withStatus(500));
        time(BenchProfile.BREAKER_VOLUME, () -> post(ask.toURI(), modelMode)); // opens the breaker
        int before = model.calls();
        summary("circuit open", time(RUNS, () -> post(ask.toURI(), modelMode)));
        line("  model calls while open: %d", model.calls() - before);
        gateway.resetBreaker();

        Path out = Path.of("target/bench/model-latency.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private void failure(String name, ResponseDefinitionBuilder response, int runs) throws Exception {
        gateway.resetBreaker();
        model.reset();
        model.respondsWith(response);
        summary(name, time(runs, () -> post(ask.toURI(), body("model"))));
    }

    private static String body(String mode) {
        return "{\"question\":\"" + QUESTION + "\",\"mode\":\"" + mode + "\"}";
    }

    private String post(URI uri, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    interface Call {
        String run() throws Exception;
    }

    private double[] time(int runs, Call call) throws Exception {
        double[] millis = new double[runs];
        String last = "";
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            last = call.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        int reason = last.indexOf("\"fallbackReason\"");
        lastReason = reason < 0 ? "" : last.substring(reason + 17, last.indexOf(',', reason));
        return millis;
    }

    private void summary(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        line("%-30s n=%3d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  fallbackReason %s", name, sorted.length,
                pct(sorted, 50), pct(sorted, 95), sorted[sorted.length - 1], lastReason);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println(text);
    }
}
