package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The dev evaluation of questions over HTTP. Floors sit just under what the service reaches, so a change that
 * makes answers worse fails here; the figures are printed for the README and the closing note.
 */
@QuarkusTest
class DevSetEvaluationTest {

    @Test
    void questionsMeetTheirFloors() {
        QuestionEvaluation.Scores s = QuestionEvaluation.run(DevSet.load("/eval/dev.jsonl"), null, true);
        System.out.println(s.table("Dev set, default search mode"));
        // Floors for the shared dev set (68 answerable, 13 unanswerable questions) as the answerer stands before
        // issue 12's answerer work, which raises them.
        assertAll(
                () -> assertTrue(s.recallAt5() >= 0.90, "recall@5 " + s.recallAt5()),
                () -> assertTrue(s.recallAt1() >= 0.70, "recall@1 " + s.recallAt1()),
                () -> assertTrue(s.mrrAt10() >= 0.80, "MRR@10 " + s.mrrAt10()),
                () -> assertTrue(s.answerAccuracy() >= 0.43, "answer accuracy " + s.answerAccuracy()),
                () -> assertTrue(s.citationAccuracy() >= 0.42, "citation accuracy " + s.citationAccuracy()),
                () -> assertTrue(s.abstention() >= 0.8, "abstention " + s.abstention()));
    }

    @Test
    void everySearchModeMeetsItsFloors() {
        DevSet dev = DevSet.load("/eval/dev.jsonl");
        QuestionEvaluation.Retrieval bm25 = QuestionEvaluation.retrieval(dev, "bm25");
        QuestionEvaluation.Retrieval vector = QuestionEvaluation.retrieval(dev, "vector");
        QuestionEvaluation.Retrieval hybrid = QuestionEvaluation.retrieval(dev, "hybrid");
        System.out.println("Dev retrieval by mode\n" + bm25.row() + "\n" + vector.row() + "\n" + hybrid.row());
        assertAll(
                () -> assertTrue(bm25.recallAt5() >= 0.90 && bm25.mrrAt10() >= 0.80, bm25.row()),
                () -> assertTrue(vector.recallAt5() >= 0.88 && vector.mrrAt10() >= 0.78, vector.row()),
                () -> assertTrue(hybrid.recallAt5() >= 0.90 && hybrid.mrrAt10() >= 0.83, hybrid.row()));
    }
}
