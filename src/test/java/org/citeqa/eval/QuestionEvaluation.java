package org.citeqa.eval;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a dev set's questions through the HTTP API and scores them by the evaluation's rules
 * ({@code /work/shared/eval/README.md}): retrieval (recall@1, recall@5, MRR@10 of the gold evidence in the chunks
 * {@code /api/search} returns), answers (a gold answer in an answer given; hedged answers count as answers),
 * precision (right answers over answers given), citations (the gold evidence in a cited quote's passage) and
 * abstention on unanswerable questions, and the short answers shown in bold (how many answers carry one, and the
 * share of those that name a gold answer). Each half of the set (questions at even and at odd positions) is scored on
 * its own: thresholds were chosen on the even halves, so the odd halves show how they carry over.
 */
public final class QuestionEvaluation {

    public record Scores(String label, int answerable, int unanswerable, double recallAt1, double recallAt5,
                         double mrrAt10, double right, double answered, double precision, double citations,
                         double abstention, int shortAnswers, double shortPrecision) {

        public String row() {
            return String.format(Locale.ROOT, "  %-14s %3d/%3d  R@1 %.3f  R@5 %.3f  MRR %.3f | right %.3f  answered %.3f"
                            + "  precision %.3f  cited %.3f | abstains %.3f | short %d, right %.3f", label, answerable,
                    unanswerable, recallAt1, recallAt5, mrrAt10, right, answered, precision, citations, abstention,
                    shortAnswers, shortPrecision);
        }
    }

    /** What the service did with one question; {@code shortAnswer} is null when the answer has none. */
    record Outcome(DevSet.Item item, int evidenceRank, boolean answered, boolean right, boolean cited,
                   String shortAnswer) {
    }

    private QuestionEvaluation() {
    }

    /** Asks every question of the set once; {@code printMisses} prints the wrong answers and abstentions. */
    public static List<Outcome> ask(DevSet dev, boolean printMisses) {
        List<Outcome> out = new ArrayList<>();
        for (DevSet.Item item : dev.items()) {
            if ("qa".equals(item.type())) {
                int rank = evidenceRank(item, null);
                JsonPath answer = ask(item.question());
                boolean answered = answer.getBoolean("answered");
                boolean right = answered && item.answeredBy(answer.getString("answer"));
                List<Map<String, Object>> citations = answer.getList("citations");
                boolean cited = answered && citations.stream().anyMatch(c -> item.evidenceIn((String) c.get("text")));
                String shortAnswer = answered ? answer.getString("shortAnswer.text") : null;
                if (printMisses && !right) {
                    System.out.printf("  miss %s (evidence rank %d, confidence %s): %s%n    -> %s%n", item.id(), rank,
                            answer.getString("confidence"), item.question(), answer.getString("answer"));
                }
                if (printMisses && shortAnswer != null && !item.shortAnswerIs(shortAnswer)) {
                    System.out.printf("  short answer %s: %s%n    -> %s (expected one of %s)%n", item.id(),
                            item.question(), shortAnswer, item.answers());
                }
                out.add(new Outcome(item, rank, answered, right, cited, shortAnswer));
            } else if ("unanswerable".equals(item.type())) {
                JsonPath answer = ask(item.question());
                boolean answered = answer.getBoolean("answered");
                if (printMisses && answered) {
                    System.out.printf("  answered unanswerable %s (confidence %s): %s%n", item.id(),
                            answer.getString("confidence"), item.question());
                }
                out.add(new Outcome(item, 0, answered, false, false, null));
            }
        }
        return out;
    }

    /** The scores of the outcomes at even (or odd) positions among the set's questions, or of all when null. */
    public static Scores score(String label, List<Outcome> outcomes, Boolean even) {
        List<Outcome> chosen = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (even == null || (i % 2 == 0) == even) {
                chosen.add(outcomes.get(i));
            }
        }
        int answerable = 0, unanswerable = 0, answered = 0, right = 0, cited = 0, abstained = 0, shorts = 0;
        int shortRight = 0;
        double r1 = 0, r5 = 0, mrr = 0;
        for (Outcome o : chosen) {
            if ("qa".equals(o.item().type())) {
                answerable++;
                int rank = o.evidenceRank();
                r1 += rank == 1 ? 1 : 0;
                r5 += rank >= 1 && rank <= 5 ? 1 : 0;
                mrr += rank >= 1 ? 1.0 / rank : 0;
                answered += o.answered() ? 1 : 0;
                right += o.right() ? 1 : 0;
                cited += o.cited() ? 1 : 0;
                if (o.shortAnswer() != null) {
                    shorts++;
                    shortRight += o.item().shortAnswerIs(o.shortAnswer()) ? 1 : 0;
                }
            } else {
                unanswerable++;
                abstained += o.answered() ? 0 : 1;
            }
        }
        return new Scores(label, answerable, unanswerable, r1 / answerable, r5 / answerable, mrr / answerable,
                (double) right / answerable, (double) answered / answerable,
                answered == 0 ? 1 : (double) right / answered, (double) cited / answerable,
                unanswerable == 0 ? 1 : (double) abstained / unanswerable, shorts,
                shorts == 0 ? 1 : (double) shortRight / shorts);
    }

    public record Retrieval(String mode, double recallAt1, double recallAt5, double mrrAt10) {

        public String row() {
            return String.format(Locale.ROOT, "  %-7s recall@1 %.3f   recall@5 %.3f   MRR@10 %.3f", mode, recallAt1,
                    recallAt5, mrrAt10);
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
            if (item.evidenceIn(texts.get(i))) {
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
