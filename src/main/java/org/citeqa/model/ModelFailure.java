package org.citeqa.model;

/** The model gave no usable answer; the reason is reported to the client with the extractive fallback. */
public class ModelFailure extends RuntimeException {

    private final FallbackReason reason;

    public ModelFailure(FallbackReason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public ModelFailure(FallbackReason reason, String message) {
        this(reason, message, null);
    }

    public FallbackReason reason() {
        return reason;
    }
}
