package org.citeqa.verify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verdict accuracy of POST /api/verify on the dev claims (each half reported: thresholds were chosen on the even
 * half by {@link ThresholdSweep}, the odd half is a check) and on our extra claims, with per-label accuracy and
 * the confusion matrix printed. Floors sit just under what the checker reaches; nothing in it is keyed to these
 * claims, since a held-out set of the same kind is used as well.
 */
@QuarkusTest
class ClaimEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void devClaims() {
        List<JsonNode> all = claims("eval/dev.jsonl");
        List<JsonNode> even = new ArrayList<>();
        List<JsonNode> odd = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? even : odd).add(all.get(i));
        }
        Score tuned = evaluate("dev claims, even half (thresholds chosen here)", even);
        Score check = evaluate("dev claims, odd half (not tuned on)", odd);
        evaluate("dev claims, both halves", all);
        assertTrue(tuned.accuracy() >= 0.9, "even-half accuracy " + tuned.accuracy());
        assertTrue(check.accuracy() >= 0.8, "odd-half accuracy " + check.accuracy());
        for (Verdict v : Verdict.values()) {
            assertTrue(tuned.accuracy(v) >= 0.8, "even-half accuracy for " + v + " " + tuned.accuracy(v));
            assertTrue(check.accuracy(v) >= 0.75, "odd-half accuracy for " + v + " " + check.accuracy(v));
        }
    }

    @Test
    void extraClaims() {
        Score score = evaluate("eval/claims-extra.jsonl");
        assertTrue(score.accuracy() >= 0.9, "extra-claims accuracy " + score.accuracy());
        assertTrue(score.accuracy(Verdict.SUPPORTED) >= 0.8, "extra SUPPORTED " + score.accuracy(Verdict.SUPPORTED));
        assertTrue(score.accuracy(Verdict.REFUTED) >= 0.8, "extra REFUTED " + score.accuracy(Verdict.REFUTED));
        assertTrue(score.accuracy(Verdict.NOT_ENOUGH_INFO) >= 0.8, "extra NEI " + score.accuracy(Verdict.NOT_ENOUGH_INFO));
    }

    private Score evaluate(String resource) {
        return evaluate(resource, claims(resource));
    }

    static Score evaluate(String resource, List<JsonNode> rows) {
        Score score = new Score();
        List<String> misses = new ArrayList<>();
        for (JsonNode row : rows) {
            Verdict expected = Verdict.valueOf(row.get("label").asText());
            String claim = row.get("claim").asText();
            String got = given().contentType(ContentType.JSON).body(Map.of("claim", claim)).when().post("/api/verify")
                    .then().statusCode(200).extract().jsonPath().getString("verdict");
            Verdict actual = Verdict.valueOf(got);
            score.add(expected, actual);
            if (expected != actual) {
                misses.add("  " + row.path("id").asText() + " " + expected + " -> " + actual + ": " + claim);
            }
        }
        System.out.println(score.report(resource));
        misses.forEach(System.out::println);
        return score;
    }

    static List<JsonNode> claims(String resource) {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = ClaimEvaluationTest.class.getClassLoader().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode row = JSON.readTree(line);
                    if ("claim".equals(row.path("type").asText())) {
                        rows.add(row);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Counts by expected and actual verdict. */
    static final class Score {

        private final Map<Verdict, Map<Verdict, Integer>> matrix = new EnumMap<>(Verdict.class);

        void add(Verdict expected, Verdict actual) {
            matrix.computeIfAbsent(expected, v -> new EnumMap<>(Verdict.class)).merge(actual, 1, Integer::sum);
        }

        int count(Verdict expected, Verdict actual) {
            return matrix.getOrDefault(expected, Map.of()).getOrDefault(actual, 0);
        }

        int total(Verdict expected) {
            return matrix.getOrDefault(expected, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        double accuracy(Verdict v) {
            return total(v) == 0 ? 1 : (double) count(v, v) / total(v);
        }

        double accuracy() {
            int right = 0;
            int all = 0;
            for (Verdict v : Verdict.values()) {
                right += count(v, v);
                all += total(v);
            }
            return all == 0 ? 0 : (double) right / all;
        }

        String report(String name) {
            StringBuilder sb = new StringBuilder(String.format("%n== %s: accuracy %.3f%n", name, accuracy()));
            for (Verdict v : Verdict.values()) {
                sb.append(String.format("   %-16s %d/%d = %.3f%n", v, count(v, v), total(v), accuracy(v)));
            }
            sb.append(String.format("   expected \\ got  %-10s %-10s %-10s%n", "SUPPORTED", "REFUTED", "NEI"));
            for (Verdict e : Verdict.values()) {
                sb.append(String.format("   %-16s %-10d %-10d %-10d%n", e, count(e, Verdict.SUPPORTED),
                        count(e, Verdict.REFUTED), count(e, Verdict.NOT_ENOUGH_INFO)));
            }
            return sb.toString();
        }
    }
}
