package org.citeqa.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Who may frame the pages and call the API from a browser; closed by default except the service's own origin. */
@ConfigMapping(prefix = "citeqa.web")
public interface WebConfig {

    /**
     * Sources allowed to frame the pages (the CSP {@code frame-ancestors} directive), space-separated, e.g.
     * {@code 'self' https://classroom.example.org}.
     */
    @WithDefault("'self'")
    String frameAncestors();

    /** Origins (scheme://host[:port]) whose pages may call the API; empty means same origin only. */
    Optional<List<String>> corsOrigins();
}
