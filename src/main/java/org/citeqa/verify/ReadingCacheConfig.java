package org.citeqa.verify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much of what claim checking reads is remembered (Caffeine caches, least valuable entries go first). */
@ConfigMapping(prefix = "citeqa.verify.cache")
public interface ReadingCacheConfig {

    /** Distinct words remembered with their analysed term: analysing a word is the cost of reading a sentence. */
    @WithDefault("200000")
    long terms();

    /** Corpus sentences remembered as read statements: the same evidence comes back for many claims. */
    @WithDefault("50000")
    long evidence();
}
