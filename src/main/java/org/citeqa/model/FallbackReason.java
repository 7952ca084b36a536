package org.citeqa.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an answer that could have come from the model came from the extractive answerer instead. */
public enum FallbackReason {
    NOT_CONFIGURED("not-configured"),
    TIMEOUT("timeout"),
    CONNECTION_FAILED("connection-failed"),
    MODEL_ERROR("model-error"),
    RATE_LIMITED("rate-limited"),
    MALFORMED_OUTPUT("malformed-output"),
    EMPTY_OUTPUT("empty-output"),
    CIRCUIT_OPEN("circuit-open"),
    NO_VALID_CITATIONS("no-valid-citations");

    private final String code;

    FallbackReason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
