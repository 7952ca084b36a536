package org.citeqa.index.solr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the service reaches its SolrCloud collection when {@code citeqa.store=solr}. */
@ConfigMapping(prefix = "citeqa.solr")
public interface SolrSettings {

    /** Base URLs of some Solr nodes ({@code http://solr1:8983/solr,...}); the cluster's state is read from them. */
    Optional<List<String>> urls();

    /** ZooKeeper ensemble instead of node URLs, with an optional chroot: {@code zk1:2181,zk2:2181/solr}. */
    Optional<String> zkHosts();

    /** The collection holding the passages. */
    @WithDefault("citeqa")
    String collection();

    /** Create the collection (and upload the configset) when it does not exist; off: it must exist already. */
    @WithDefault("true")
    boolean create();

    /** Name of the configset the collection is created with; uploaded from the service when missing. */
    @WithDefault("citeqa-v1")
    String configset();

    /** Shards of a collection the service creates. */
    @WithDefault("1")
    int shards();

    /** Replicas of each shard of a collection the service creates (2 or more keeps answering when a node stops). */
    @WithDefault("1")
    int replicas();

    /**
     * Candidates each shard's HNSW search collects ({@code topK}, at least the k asked for): Solr searches one graph
     * per shard, and a wider search finds the true nearest chunks as reliably as the embedded index does.
     */
    @WithDefault("50")
    int knnCandidates();

    /** Longest wait to connect to a Solr node. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest wait for a Solr answer before the request is answered 503. */
    @WithDefault("10s")
    Duration requestTimeout();
}
