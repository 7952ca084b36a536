package org.citeqa.index;

/** The passage store cannot be reached or did not answer in time; the request may be retried later (503). */
public class StoreUnavailableException extends RuntimeException {

    /** What a client is told; the message, with the store's own error, goes to the log. */
    public static final String DETAIL = "The document store is not answering; try again in a few seconds.";

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
