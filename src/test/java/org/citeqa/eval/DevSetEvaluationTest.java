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
        assertAll(
                () -> assertTrue(s.recallAt5() >= 0.90, "recall@5 " + s.recallAt5()),
                () -> assertTrue(s.recallAt1() >= 0.75, "recall@1 " + s.recallAt1()),
                () -> assertTrue(s.mrrAt10() >= 0.80, "MRR@10 " + s.mrrAt10()),
                () -> assertTrue(s.answerAccuracy() >= 0.75, "answer accuracy " + s.answerAccuracy()),
                () -> assertTrue(s.citationAccuracy() >= 0.75, "citation accuracy " + s.citationAccuracy()),
                () -> assertTrue(s.abstention() >= 0.99, "abstention " + s.abstention()));
    }
}
