package org.citeqa.ingest;

import java.util.List;
import org.citeqa.solr.SolrCloudResource;

/** The ingest profile (admin token, small upload limit, fresh data folder) with the passages in the test SolrCloud. */
public class SolrIngestProfile extends IngestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SolrCloudResource.class));
    }
}
