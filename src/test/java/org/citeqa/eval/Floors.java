package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/**
 * The least each half of a dev set must reach: set just under what the service reaches today, so that a change for
 * the worse fails the build.
 */
record Floors(double recallAt1, double recallAt5, double right, double precision, double abstention) {

    static final Floors DEFAULT = new Floors(0.75, 0.88, 0.52, 0.75, 0.50);
    static final Floors SQUAD = new Floors(0.78, 0.95, 0.68, 0.78, 0.15);

    Executable check(QuestionEvaluation.Scores s) {
        return () -> assertTrue(s.recallAt1() >= recallAt1 && s.recallAt5() >= recallAt5 && s.right() >= right
                && s.precision() >= precision && s.abstention() >= abstention, "below the floors " + this + ": " + s.row());
    }
}
