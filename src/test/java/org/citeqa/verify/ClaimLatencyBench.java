package org.citeqa.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Per-claim cost of checking a claim in process (retrieval, embedding, alignment, verdict), every claim embedded
 * anew: two warm-up rounds over the claims of a dev file, then five timed rounds; prints the median and p95.
 * {@code ./mvnw test -Dtest=ClaimLatencyBench -Dciteqa.bench.claims=/path/to/dev.jsonl}.
 */
@QuarkusTest
@TestProfile(ClaimLatencyBench.Uncached.class)
@EnabledIfSystemProperty(named = "citeqa.bench.claims", matches = ".+")
class ClaimLatencyBench {

    public static class Uncached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.embedding.recent-queries", "0");
        }
    }

    @Inject
    CorpusIndex index;
    @Inject
    ClaimVerifier verifier;

    @Test
    void perClaim() throws Exception {
        IndexedCorpus corpus = index.await(java.time.Duration.ofSeconds(120));
        ObjectMapper json = new ObjectMapper();
        List<String> claims = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("citeqa.bench.claims")))) {
            JsonNode row = json.readTree(line);
            if ("claim".equals(row.path("type").asText())) {
                claims.add(row.get("claim").asText());
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            for (String claim : claims) {
                long t0 = System.nanoTime();
                verifier.verify(corpus, claim);
                if (round >= 2) {
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        Collections.sort(millis);
        System.out.printf("CLAIM LATENCY %d checks: median %.2f ms, p95 %.2f ms, mean %.2f ms%n", millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)),
                millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }
}
