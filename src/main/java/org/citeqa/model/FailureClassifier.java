package org.citeqa.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Names the reason of a failed model call. LangChain4j wraps transport errors differently per provider and
 * version, so the whole cause chain is inspected rather than the outer type.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static FallbackReason classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ModelFailure m) {
                return m.reason();
            }
            if (t instanceof CircuitBreakerOpenException) {
                return FallbackReason.CIRCUIT_OPEN;
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException || t instanceof UnresolvedModelServerException) {
                return FallbackReason.CONNECTION_FAILED;
            }
            if (t instanceof HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return FallbackReason.TIMEOUT;
            }
            if (t instanceof RateLimitException || t instanceof HttpException h && h.statusCode() == 429) {
                return FallbackReason.RATE_LIMITED;
            }
            if (t instanceof InternalServerException || t instanceof HttpException) {
                return FallbackReason.MODEL_ERROR;
            }
            if (t instanceof JsonProcessingException) {
                return FallbackReason.MALFORMED_OUTPUT;
            }
        }
        return FallbackReason.MODEL_ERROR;
    }
}
