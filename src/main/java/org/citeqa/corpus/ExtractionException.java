package org.citeqa.corpus;

/** A file that cannot become a document, with the reason in words a user can act on. */
public class ExtractionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused; the API maps each to its status. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY_FILE,
        /** Not one of the formats the service reads, or not a format at all. */
        UNSUPPORTED_FORMAT,
        /** Damaged or truncated: the parser cannot read it. */
        UNREADABLE,
        /** Protected by a password. */
        ENCRYPTED,
        /** Readable, but no text in it (a scanned PDF without a text layer, an empty page). */
        NO_TEXT,
        /** Expands far beyond its size (a zip bomb) or holds more text than the service takes. */
        TOO_LARGE
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
