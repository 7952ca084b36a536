package org.citeqa.solr;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service with its passages in the test SolrCloud instead of the embedded Lucene index, and a data folder of
 * its own, so that what these tests write never reaches the embedded store's tests. (Uploads over SolrCloud run in
 * {@code ingest.SolrIngestProfile}, which turns the write endpoints on.)
 */
public class SolrProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.data.dir", "target/test-data-solr");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SolrCloudResource.class));
    }
}
