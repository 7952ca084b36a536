package org.citeqa.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.citeqa.solr.ServiceReadiness;
import org.citeqa.solr.SolrProfile;
import org.junit.jupiter.api.BeforeEach;

/** Every search mode's tests with the passages in a 2-node SolrCloud (2 shards x 2 replicas). */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrHybridSearchApiTest extends HybridSearchApiTest {

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }
}
