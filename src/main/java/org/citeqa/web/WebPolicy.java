package org.citeqa.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The security headers of every response and the CORS decision, computed once from {@link WebConfig}. */
final class WebPolicy {

    static final String CSP_BASE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors %s; base-uri 'self'; form-action 'self'";

    /** A CSP source list: no directive separators, quotes only around keywords, no control characters. */
    private static final Pattern SOURCE = Pattern.compile("'(self|none)'|\\*|[A-Za-z][A-Za-z0-9+.-]*:(//[^\\s;,']+)?"
            + "|(\\*\\.)?[A-Za-z0-9.-]+(:(\\d+|\\*))?");

    private final String contentSecurityPolicy;
    private final Set<String> corsOrigins;

    WebPolicy(String frameAncestors, List<String> corsOrigins) {
        this.contentSecurityPolicy = CSP_BASE.formatted(frameAncestors(frameAncestors));
        this.corsOrigins = corsOrigins.stream().map(WebPolicy::origin).collect(Collectors.toUnmodifiableSet());
    }

    static WebPolicy of(WebConfig config) {
        return new WebPolicy(config.frameAncestors(), config.corsOrigins().orElse(List.of()));
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** Whether a page of this origin may read API responses; never for "null" or malformed origins. */
    boolean corsAllowed(String origin) {
        if (origin == null || corsOrigins.isEmpty()) {
            return false;
        }
        try {
            return corsOrigins.contains(origin(origin));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String frameAncestors(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("citeqa.web.frame-ancestors must not be empty; use 'none' to forbid"
                    + " framing or 'self' for the service's own origin");
        }
        for (String source : trimmed.split("\\s+")) {
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("citeqa.web.frame-ancestors: '" + source
                        + "' is not a CSP source such as 'self' or https://classroom.example.org");
            }
        }
        return String.join(" ", trimmed.split("\\s+"));
    }

    /** scheme://host[:port] in lower case, without a default port; rejects paths, wildcards and "null". */
    static String origin(String value) {
        String v = value.strip();
        URI uri;
        try {
            uri = new URI(v);
        } catch (Exception e) {
            throw new IllegalArgumentException("citeqa.web.cors-origins: '" + v + "' is not an origin", e);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("citeqa.web.cors-origins: '" + v
                    + "' is not an origin such as https://classroom.example.org");
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
