package org.citeqa.eval;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/**
 * Runs the dev set's questions through the HTTP API and measures retrieval (recall@1, recall@5, MRR@10 of the
 * gold evidence in the retrieved chunks), answers (a gold answer string in the answer), citations (gold evidence
 * inside a cited passage) and abstention on unanswerable questions.
 */
public final class QuestionEvaluation {

    public record Scores(int questions, double recallAt1, double recallAt5, double mrrAt10, double answerAccuracy,
                         double citationAccuracy, double falseAbstention, int unanswerable, double abstention) {

        public String table(String label) {
            return String.format("""
                    %s: %d answerable, %d unanswerable questions
                      retrieval  recall@1 %.3f   recall@5 %.3f   MRR@10 %.3f
                      answers    accuracy %.3f   citation accuracy %.3f   wrongly abstained %.3f
                      abstention on unanswerable %.3f""", label, questions, unanswerable, recallAt1, recallAt5,
                    mrrAt10, answerAccuracy, citationAccuracy, falseAbstention, abstention);
        }
    }

    private QuestionEvaluation() {
    }

    /** Evaluates with the service's default search mode, or the given one when not null. */
    public static Scores run(DevSet dev, String searchMode, boolean printMisses) {
        List<DevSet.Item> qa = dev.ofType("qa");
        double r1 = 0, r5 = 0, mrr = 0, correct = 0, cited = 0, abstained = 0;
        for (DevSet.Item item : qa) {
            int rank = evidenceRank(item, searchMode);
            r1 += rank == 1 ? 1 : 0;
            r5 += rank >= 1 && rank <= 5 ? 1 : 0;
            mrr += rank >= 1 ? 1.0 / rank : 0;
            JsonPath answer = ask(item.question());
            boolean answered = answer.getBoolean("answered");
            boolean right = answered && item.rightAnswer(answer.getString("answer"));
            List<Map<String, Object>> citations = answer.getList("citations");
            boolean citedRight = citations.stream().anyMatch(c -> item.evidence().stream()
                    .anyMatch(e -> ((String) c.get("text")).contains(e)));
            correct += right ? 1 : 0;
            cited += citedRight ? 1 : 0;
            abstained += answered ? 0 : 1;
            if (printMisses && (!right || !citedRight)) {
                System.out.printf("  miss %s (evidence rank %d): %s%n    -> %s%n", item.id(), rank, item.question(),
                        answer.getString("answer"));
            }
        }
        List<DevSet.Item> none = dev.ofType("unanswerable");
        double rightlyAbstained = 0;
        for (DevSet.Item item : none) {
            boolean answered = ask(item.question()).getBoolean("answered");
            rightlyAbstained += answered ? 0 : 1;
            if (printMisses && answered) {
                System.out.printf("  answered an unanswerable question %s: %s%n", item.id(), item.question());
            }
        }
        int n = qa.size();
        return new Scores(n, r1 / n, r5 / n, mrr / n, correct / n, cited / n, abstained / n, none.size(),
                none.isEmpty() ? 1 : rightlyAbstained / none.size());
    }

    public record Retrieval(String mode, double recallAt1, double recallAt5, double mrrAt10) {

        public String row() {
            return String.format("  %-7s recall@1 %.3f   recall@5 %.3f   MRR@10 %.3f", mode, recallAt1, recallAt5, mrrAt10);
        }
    }

    /** Retrieval figures of one search mode. */
    public static Retrieval retrieval(DevSet dev, String searchMode) {
        List<DevSet.Item> qa = dev.ofType("qa");
        double r1 = 0, r5 = 0, mrr = 0;
        for (DevSet.Item item : qa) {
            int rank = evidenceRank(item, searchMode);
            r1 += rank == 1 ? 1 : 0;
            r5 += rank >= 1 && rank <= 5 ? 1 : 0;
            mrr += rank >= 1 ? 1.0 / rank : 0;
        }
        return new Retrieval(searchMode, r1 / qa.size(), r5 / qa.size(), mrr / qa.size());
    }

    /** 1-based rank of the first of the top 10 chunks holding gold evidence, or 0 when none does. */
    static int evidenceRank(DevSet.Item item, String searchMode) {
        var request = given().queryParam("q", item.question()).queryParam("k", 10);
        if (searchMode != null) {
            request = request.queryParam("mode", searchMode);
        }
        List<String> texts = request.get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits.text");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (item.evidence().stream().anyMatch(text::contains)) {
                return i + 1;
            }
        }
        return 0;
    }

    static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask")
                .then().statusCode(200).extract().jsonPath();
    }
}
