package org.citeqa.solr;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service with its passages in the test SolrCloud instead of the embedded Lucene index, a data folder of its
 * own (uploads stay apart from the embedded store's tests) and an admin token for the write API.
 */
public class SolrProfile implements QuarkusTestProfile {

    public static final String ADMIN_TOKEN = "solr-test-admin-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.data.dir", "target/test-data-solr", "citeqa.admin.token", ADMIN_TOKEN);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SolrCloudResource.class));
    }
}
