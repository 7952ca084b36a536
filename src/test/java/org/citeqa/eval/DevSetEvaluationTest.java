package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dev evaluation of questions on the default corpus, over HTTP, both halves. Floors sit just under what the
 * service reaches, so a change that makes answers worse fails here; the figures are printed for the README.
 */
@QuarkusTest
class DevSetEvaluationTest {

    /** Every figure, measured over this service's store and recorded for comparison with the other store. */
    static Map<String, Double> measure(String store) {
        DevSet dev = DevSet.load("/eval/dev.jsonl");
        Map<String, Double> figures = EvalFigures.of(
                QuestionEvaluation.score(store, QuestionEvaluation.ask(dev, false), null),
                QuestionEvaluation.retrieval(dev, "bm25"), QuestionEvaluation.retrieval(dev, "vector"),
                QuestionEvaluation.retrieval(dev, "hybrid"));
        EvalFigures.write(store, figures);
        return figures;
    }

    @Test
    void figuresAreRecordedForTheOtherStore() {
        Map<String, Double> figures = measure("lucene");
        assertTrue(figures.get("default.recall@5") >= 0.90, figures.toString());
    }

    @Test
    void questionsMeetTheirFloorsOnBothHalves() {
        Floors.DEFAULT.assertBothHalves("/eval/dev.jsonl", "default", "Dev set, default corpus", true);
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
