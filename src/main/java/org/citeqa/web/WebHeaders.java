package org.citeqa.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Adds the security headers to every response, static files included, and answers CORS for the configured
 * origins only. Quarkus' own tools under /q/ (Swagger UI, health) keep their inline scripts: they get every
 * header but the Content-Security-Policy.
 */
@ApplicationScoped
public class WebHeaders {

    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Accept";

    private final WebPolicy policy;

    public WebHeaders(WebConfig config) {
        this.policy = WebPolicy.of(config);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 100);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        HttpServerResponse response = rc.response();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean cors = policy.corsAllowed(origin);
        String path = request.path() == null ? "" : request.path();

        if (request.method() == HttpMethod.OPTIONS && origin != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            if (cors) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
                        .putHeader(HttpHeaders.VARY, "Origin")
                        .setStatusCode(204).end();
            } else {
                response.putHeader(HttpHeaders.VARY, "Origin").setStatusCode(403).end();
            }
            return;
        }

        rc.addHeadersEndHandler(ignored -> {
            var headers = response.headers();
            if (!path.startsWith("/q/")) {
                headers.set("Content-Security-Policy", policy.contentSecurityPolicy());
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.add(HttpHeaders.VARY, "Origin");
            if (cors) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            }
        });
        rc.next();
    }
}
