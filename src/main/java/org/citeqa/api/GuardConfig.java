package org.citeqa.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits that keep one client or one request from hurting everybody else. */
@ConfigMapping(prefix = "citeqa.limits")
public interface GuardConfig {

    /** Largest request body accepted, in bytes; larger ones get 413. */
    @WithDefault("65536")
    long maxBodyBytes();

    /**
     * Longest URL (path and query) accepted, in bytes; longer ones get 414 as problem+json. Room for a 2,000-character
     * question of any script, percent-encoded. The HTTP layer itself refuses request lines over
     * {@code quarkus.http.limits.max-initial-line-length} (twice this) before the application sees them, with a
     * bodiless 414.
     */
    @WithDefault("32768")
    int maxUrlBytes();

    RateLimit rateLimit();

    interface RateLimit {

        /** Per-client-address rate limiting of /api/*; off answers everything. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per minute one address may make. */
        @WithDefault("300")
        int requestsPerMinute();

        /** Requests one address may make at once before the sustained rate applies (a class pressing Enter together). */
        @WithDefault("60")
        int burst();
    }
}
