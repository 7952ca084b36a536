package org.citeqa.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** Where the passages live: the embedded Lucene index (one machine) or a SolrCloud collection (many). */
@ConfigMapping(prefix = "citeqa.store")
public interface StoreConfig {

    /**
     * {@code citeqa.store}: {@code lucene} (default: the embedded index under citeqa.index.dir) or {@code solr}
     * (see citeqa.solr.*).
     */
    @WithParentName
    @WithDefault("lucene")
    String kind();

    default boolean solr() {
        return "solr".equalsIgnoreCase(kind().strip());
    }
}
