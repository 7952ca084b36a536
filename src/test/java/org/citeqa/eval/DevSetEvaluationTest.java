package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dev evaluation of questions on the default corpus, over HTTP, both halves. Floors sit just under what the
 * service reaches, so a change that makes answers worse fails here; the figures are printed for the README.
 */
@QuarkusTest
class DevSetEvaluationTest {

    @Test
    void questionsMeetTheirFloorsOnBothHalves() {
        List<QuestionEvaluation.Outcome> outcomes = QuestionEvaluation.ask(DevSet.load("/eval/dev.jsonl"), true);
        QuestionEvaluation.Scores even = QuestionEvaluation.score("default even", outcomes, true);
        QuestionEvaluation.Scores odd = QuestionEvaluation.score("default odd", outcomes, false);
        QuestionEvaluation.Scores all = QuestionEvaluation.score("default all", outcomes, null);
        System.out.println("Dev set, default corpus\n" + even.row() + "\n" + odd.row() + "\n" + all.row());
        assertAll(Floors.DEFAULT.check(even), Floors.DEFAULT.check(odd));
    }

    @Test
    void everySearchModeMeetsItsFloors() {
        DevSet dev = DevSet.load("/eval/dev.jsonl");
        QuestionEvaluation.Retrieval bm25 = QuestionEvaluation.retrieval(dev, "bm25");
        QuestionEvaluation.Retrieval vector = QuestionEvaluation.retrieval(dev, "vector");
        QuestionEvaluation.Retrieval hybrid = QuestionEvaluation.retrieval(dev, "hybrid");
        System.out.println("Dev retrieval by mode\n" + bm25.row() + "\n" + vector.row() + "\n" + hybrid.row());
        assertAll(
                () -> assertTrue(bm25.recallAt5() >= 0.90 && bm25.mrrAt10() >= 0.78, bm25.row()),
                () -> assertTrue(vector.recallAt5() >= 0.85 && vector.mrrAt10() >= 0.75, vector.row()),
                () -> assertTrue(hybrid.recallAt5() >= 0.90 && hybrid.mrrAt10() >= 0.80, hybrid.row()));
    }
}
