package org.citeqa.eval;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
        Floors.SQUAD.assertBothHalves("/eval/squad/squad.jsonl", "squad", "Dev set, second domain (SQuAD article)", Boolean.getBoolean("citeqa.eval.print"));
    }
}
