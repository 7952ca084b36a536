package org.citeqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.citeqa.ingest.IngestConfig;

/**
 * Guards in front of the API, before any body is read: too-long URLs get 414, over-eager clients 429 with
 * Retry-After, a write to the documents without the admin token 401 (or 403 when writing is off), and too-large
 * bodies 413, all as problem+json. Uploads to /api/documents may be as large as {@code citeqa.ingest.max-bytes};
 * every other body as large as {@code citeqa.limits.max-body-bytes}.
 */
@ApplicationScoped
public class RequestGuards {

    private final GuardConfig config;
    private final ObjectMapper json;
    private final RateLimiter limiter;
    private final AdminAuth auth;
    private final IngestConfig ingest;

    public RequestGuards(GuardConfig config, ObjectMapper json, AdminAuth auth, IngestConfig ingest) {
        this.config = config;
        this.json = json;
        this.auth = auth;
        this.ingest = ingest;
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
        boolean documentWrite = isDocumentWrite(rc);
        if (documentWrite) {
            AdminAuth.Decision decision = auth.check(rc.request().getHeader(HttpHeaders.AUTHORIZATION));
            if (!decision.allowed()) {
                if (decision.problem().status() == 401) {
                    rc.response().putHeader("WWW-Authenticate", AdminAuth.CHALLENGE);
                }
                reject(rc, decision.problem());
                return;
            }
        }
        boolean upload = documentWrite && rc.request().method() != HttpMethod.DELETE;
        long limit = upload ? ingest.maxBytes() : config.maxBodyBytes();
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length, limit)) {
            reject(rc, Problem.of(413, upload
                    ? "The upload is larger than " + limit + " bytes (citeqa.ingest.max-bytes); nothing was stored."
                    : "The request body is larger than " + limit + " bytes."));
            return;
        }
        rc.next();
    }

    /** POST /api/documents, PUT and DELETE /api/documents/{id}. */
    private static boolean isDocumentWrite(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.POST && method != HttpMethod.PUT && method != HttpMethod.DELETE) {
            return false;
        }
        String path = rc.normalizedPath();
        return path.equals("/api/documents") || path.equals("/api/documents/") || path.startsWith("/api/documents/");
    }

    private static boolean tooLong(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.strip()) > limit;
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
