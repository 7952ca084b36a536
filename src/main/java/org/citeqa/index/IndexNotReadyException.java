package org.citeqa.index;

/** The index is still being built (or failed to build); the request may be retried later. */
public class IndexNotReadyException extends RuntimeException {
    public IndexNotReadyException(String message) {
        super(message);
    }
}
