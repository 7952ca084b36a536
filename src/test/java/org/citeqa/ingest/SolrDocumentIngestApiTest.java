package org.citeqa.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.citeqa.solr.ServiceReadiness;
import org.junit.jupiter.api.BeforeEach;

/**
 * Uploads (PDF with pages, web page, Word file; replace, remove; visible all at once) with the passages in a
 * 2-node SolrCloud (2 shards x 2 replicas).
 */
@QuarkusTest
@TestProfile(SolrIngestProfile.class)
class SolrDocumentIngestApiTest extends DocumentIngestApiTest {

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }
}
