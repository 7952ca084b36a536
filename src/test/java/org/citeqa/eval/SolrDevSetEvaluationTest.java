package org.citeqa.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.Optional;
import org.citeqa.solr.ServiceReadiness;
import org.citeqa.solr.SolrProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dev evaluation with the passages in a 2-node SolrCloud (2 shards x 2 replicas): the same floors, and the
 * same figures as over the embedded index within 0.01. Quarkus runs tests without a profile first, so in a whole
 * test run the embedded store's figures are recorded before this test compares with them.
 */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrDevSetEvaluationTest extends DevSetEvaluationTest {

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }

    @Test
    void theFiguresAreThoseOfTheEmbeddedIndex() {
        Map<String, Double> solr = measure("solr");
        System.out.println("Dev figures over SolrCloud: " + solr);
        Optional<Map<String, Double>> lucene = EvalFigures.writtenInThisRun("lucene");
        assumeTrue(lucene.isPresent(), "DevSetEvaluationTest did not run earlier in this test run");
        System.out.println("Dev figures over the embedded index: " + lucene.get());
        assertAll(lucene.get().entrySet().stream().map(e -> () -> assertEquals(e.getValue(), solr.get(e.getKey()), 0.01,
                e.getKey() + " over SolrCloud vs the embedded index")));
    }
}
