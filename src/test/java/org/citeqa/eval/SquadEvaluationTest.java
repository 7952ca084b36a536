package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second domain: the service started on one Wikipedia article from SQuAD 2.0 (nothing in the configuration
 * changed but the corpus), asked its 197 answerable and 221 adversarial unanswerable questions over HTTP.
 */
@QuarkusTest
@TestProfile(SquadEvaluationTest.SquadCorpus.class)
class SquadEvaluationTest {

    public static class SquadCorpus implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.corpus.dir", "src/test/resources/eval/squad/corpus",
                    "citeqa.index.dir", "target/test-index-squad");
        }
    }

    @Test
    void questionsMeetTheirFloorsOnBothHalves() {
        List<QuestionEvaluation.Outcome> outcomes = QuestionEvaluation.ask(DevSet.load("/eval/squad/squad.jsonl"), false);
        QuestionEvaluation.Scores even = QuestionEvaluation.score("squad even", outcomes, true);
        QuestionEvaluation.Scores odd = QuestionEvaluation.score("squad odd", outcomes, false);
        QuestionEvaluation.Scores all = QuestionEvaluation.score("squad all", outcomes, null);
        System.out.println("Dev set, second domain (SQuAD article)\n" + even.row() + "\n" + odd.row() + "\n" + all.row());
        assertAll(Floors.SQUAD.check(even), Floors.SQUAD.check(odd));
    }
}
