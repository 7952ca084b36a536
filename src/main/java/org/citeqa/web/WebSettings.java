package org.citeqa.web;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.Converter;

/** Checks of the web settings that feed Quarkus's security headers and CORS filter. */
final class WebSettings {

    /** A CSP source: no directive separators, quotes only around keywords, no control characters. */
    private static final Pattern SOURCE = Pattern.compile("'(self|none)'|\\*|[A-Za-z][A-Za-z0-9+.-]*:(//[^\\s;,']+)?"
            + "|(\\*\\.)?[A-Za-z0-9.-]+(:(\\d+|\\*))?");

    private WebSettings() {
    }

    /** {@code citeqa.web.frame-ancestors}: CSP sources only, so the value cannot add or change a directive. */
    public static final class FrameAncestors implements Converter<String> {
        @Override
        public String convert(String value) {
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
    }

    /**
     * One of {@code citeqa.web.cors-origins}: scheme://host[:port], in lower case without a default port. Refuses
     * paths, "null", and the wildcards and /regex/ forms that Quarkus's CORS filter would take as "any origin".
     */
    public static final class CorsOrigin implements Converter<String> {
        @Override
        public String convert(String value) {
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
}
