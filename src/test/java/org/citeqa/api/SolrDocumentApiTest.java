package org.citeqa.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.citeqa.solr.ServiceReadiness;
import org.citeqa.solr.SolrProfile;
import org.junit.jupiter.api.BeforeEach;

/** The documents API's tests with the passages in a 2-node SolrCloud (2 shards x 2 replicas). */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrDocumentApiTest extends DocumentApiTest {

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }
}
