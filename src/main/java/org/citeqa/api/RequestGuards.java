package org.citeqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Guards in front of the API, before any body is read: too-long URLs get 414, too-large bodies 413 and over-eager
 * clients 429 with Retry-After, all as problem+json.
 */
@ApplicationScoped
public class RequestGuards {

    private final GuardConfig config;
    private final ObjectMapper json;
    private final RateLimiter limiter;

    public RequestGuards(GuardConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        GuardConfig.RateLimit rate = config.rateLimit();
        this.limiter = rate.enabled() ? new RateLimiter(rate.requestsPerMinute(), rate.burst(), System::nanoTime) : null;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, 100);
    }

    private void guard(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > config.maxUrlBytes()) {
            reject(rc, Problem.of(414, "The URL is longer than " + config.maxUrlBytes() + " bytes; send long text in a "
                    + "POST body (POST /api/ask, /api/verify) instead."));
            return;
        }
        if (!rc.normalizedPath().startsWith("/api/")) {
            rc.next();
            return;
        }
        if (limiter != null) {
            long retryAfter = limiter.acquire(rc.request().remoteAddress() == null ? "unknown"
                    : rc.request().remoteAddress().hostAddress());
            if (retryAfter > 0) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                reject(rc, Problem.of(429, "Too many requests from this address; retry after " + retryAfter + " s."));
                return;
            }
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            reject(rc, Problem.of(413, "The request body is larger than " + config.maxBodyBytes() + " bytes."));
            return;
        }
        rc.next();
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return false; // the HTTP layer rejects a malformed length itself
        }
    }

    private void reject(RoutingContext rc, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        rc.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, problem.status() == 413 || problem.status() == 414 ? "close"
                        : "keep-alive").end(body);
    }
}
