package org.citeqa.solr;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The service with its passages in the test SolrCloud instead of the embedded Lucene index. */
public class SolrProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SolrCloudResource.class));
    }
}
