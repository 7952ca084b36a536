package org.citeqa.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** HTTP API settings. */
@ConfigMapping(prefix = "citeqa.api")
public interface ApiConfig {

    /** How long a request waits for an index still being built before answering 503 with Retry-After. */
    @WithDefault("30s")
    Duration indexWait();

    /**
     * Longest a request may keep computing (checking a long text sentence by sentence) before it answers 503 with
     * Retry-After. Model calls are bounded by {@code citeqa.model.timeout} and fall back to extractive answers.
     */
    @WithDefault("10s")
    Duration requestBudget();

    /**
     * Whether the service asks itself one question and checks one claim in the background once the index is open, so
     * that the first user's request does not pay for loading the tagger's models and WordNet's first lookups.
     */
    @WithDefault("true")
    boolean warmUp();
}
