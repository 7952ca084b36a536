package org.citeqa.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Who may frame the pages and call the API from a browser (closed by default except the service's own origin), and
 * the landing page's examples. The headers themselves are Quarkus's ({@code quarkus.http.header.*},
 * {@code quarkus.http.filter.*}, {@code quarkus.http.cors.*} in application.properties, fed from these keys); the
 * converters here make a value that would rewrite the policy stop the service at start with a message.
 */
@ConfigMapping(prefix = "citeqa.web")
public interface WebConfig {

    /**
     * Sources allowed to frame the pages (the CSP {@code frame-ancestors} directive), space-separated, e.g.
     * {@code 'self' https://classroom.example.org}.
     */
    @WithDefault("'self'")
    @WithConverter(WebSettings.FrameAncestors.class)
    String frameAncestors();

    /** Origins (scheme://host[:port]) whose pages may call the API; empty means same origin only. */
    Optional<List<@WithConverter(WebSettings.CorsOrigin.class) String>> corsOrigins();

    /**
     * Example questions on the landing page; when none are configured, those of the documents' sidecar files
     * ({@code example.1=...}), and none at all when they have none.
     */
    Optional<List<String>> examples();

    /** Example claims for "Check a claim", the same way ({@code claim.1=...} in sidecar files). */
    Optional<List<String>> claimExamples();
}
