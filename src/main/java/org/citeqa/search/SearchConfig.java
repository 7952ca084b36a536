package org.citeqa.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retrieval settings. */
@ConfigMapping(prefix = "citeqa.search")
public interface SearchConfig {

    /** Hits returned by /api/search when the request names no k. */
    @WithDefault("5")
    int defaultK();

    /** Largest k a request may ask for. */
    @WithDefault("50")
    int maxK();

    /** Boost of the adjacent-word phrase clauses relative to single terms. */
    @WithDefault("0.5")
    float phraseBoost();
}
