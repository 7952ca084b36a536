package org.citeqa.ingest;

/** A write request refused before anything was stored, with a message safe to show. */
public class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal; the API gives each its status. */
    public enum Kind {
        /** Malformed request: no file, an unsafe id, an empty file (400). */
        INVALID,
        /** No document has this id (404). */
        NOT_FOUND,
        /** The id is taken (409). */
        DUPLICATE,
        /** Over the size limit (413). */
        TOO_LARGE,
        /** A format the service does not read (415). */
        UNSUPPORTED,
        /** A file of an allowed format that cannot become a document: damaged, encrypted, no text, a bomb (422). */
        UNPROCESSABLE
    }

    private final Kind kind;

    public IngestException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
