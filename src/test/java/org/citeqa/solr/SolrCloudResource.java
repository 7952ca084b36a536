package org.citeqa.solr;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service at the shared test SolrCloud: citeqa.store=solr over ZooKeeper, 2 shards x 2 replicas. */
public class SolrCloudResource implements QuarkusTestResourceLifecycleManager {

    public static final String COLLECTION = "citeqa-test";

    @Override
    public Map<String, String> start() {
        SolrCluster.Info cluster = SolrCluster.shared();
        return Map.of("citeqa.store", "solr",
                "citeqa.solr.zk-hosts", cluster.zkHost(),
                "citeqa.solr.collection", COLLECTION,
                "citeqa.solr.shards", "2",
                "citeqa.solr.replicas", "2");
    }

    @Override
    public void stop() {
        // The cluster lives as long as the test JVM: other profiles' restarts and later tests reuse it.
    }
}
