package org.citeqa.eval;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Retrieval recall of GET /api/search (default mode, k = 10) on a dev file over any corpus, to compare analysis
 * changes before and after: {@code ./mvnw test -Dtest=RetrievalCheck -Dciteqa.retrieval=FILE
 * -Dciteqa.retrieval.corpus=DIR}. Evidence is matched as the eval README says: lower case, only letters and digits.
 */
@QuarkusTest
@TestProfile(RetrievalCheck.Corpus.class)
@EnabledIfSystemProperty(named = "citeqa.retrieval", matches = ".+")
class RetrievalCheck {

    public static class Corpus implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String dir = System.getProperty("citeqa.retrieval.corpus");
            return dir == null ? Map.of() : Map.of("citeqa.corpus.dir", dir, "citeqa.index.dir", "target/retrieval-index");
        }
    }

    @Test
    void recall() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        double r1 = 0, r5 = 0, mrr = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("citeqa.retrieval")))) {
            JsonNode row = json.readTree(line);
            if (!"qa".equals(row.path("type").asText())) {
                continue;
            }
            List<String> evidence = json.convertValue(row.get("evidence"), List.class);
            List<String> texts = given().queryParam("q", row.get("question").asText()).queryParam("k", 10)
                    .get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits.text");
            int rank = 0;
            for (int i = 0; i < texts.size() && rank == 0; i++) {
                String text = norm(texts.get(i));
                if (evidence.stream().anyMatch(e -> text.contains(norm(e)))) {
                    rank = i + 1;
                }
            }
            n++;
            r1 += rank == 1 ? 1 : 0;
            r5 += rank >= 1 && rank <= 5 ? 1 : 0;
            mrr += rank >= 1 ? 1.0 / rank : 0;
        }
        System.out.printf("RETRIEVAL %s: %d questions, recall@1 %.3f, recall@5 %.3f, MRR@10 %.3f%n",
                System.getProperty("citeqa.retrieval"), n, r1 / n, r5 / n, mrr / n);
    }

    private static String norm(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^0-9a-zà-ž]", "");
    }
}
