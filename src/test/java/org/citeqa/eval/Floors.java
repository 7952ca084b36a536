package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * The least each half of a dev set must reach: set just under what the service reaches today, so that a change for
 * the worse fails the build.
 */
record Floors(double recallAt1, double recallAt5, double right, double precision, double abstention,
              double shortPrecision) {

    static final Floors DEFAULT = new Floors(0.78, 0.88, 0.52, 0.80, 0.50, 0.60);
    static final Floors SQUAD = new Floors(0.78, 0.95, 0.55, 0.80, 0.40, 0.60);

    /**
     * Asks every question of the set over HTTP, prints the figures of its even half, odd half and all (each row
     * labelled {@code label} and the half), and checks both halves against these floors.
     */
    void assertBothHalves(String set, String label, String title, boolean printMisses) {
        List<QuestionEvaluation.Outcome> outcomes = QuestionEvaluation.ask(DevSet.load(set), printMisses);
        QuestionEvaluation.Scores even = QuestionEvaluation.score(label + " even", outcomes, true);
        QuestionEvaluation.Scores odd = QuestionEvaluation.score(label + " odd", outcomes, false);
        QuestionEvaluation.Scores all = QuestionEvaluation.score(label + " all", outcomes, null);
        System.out.println(title + "\n" + even.row() + "\n" + odd.row() + "\n" + all.row());
        assertAll(check(even), check(odd));
    }

    Executable check(QuestionEvaluation.Scores s) {
        return () -> assertTrue(s.recallAt1() >= recallAt1 && s.recallAt5() >= recallAt5 && s.right() >= right
                && s.precision() >= precision && s.abstention() >= abstention
                && s.shortPrecision() >= shortPrecision, "below the floors " + this + ": " + s.row());
    }
}
