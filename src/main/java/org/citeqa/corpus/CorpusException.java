package org.citeqa.corpus;

/** The corpus folder cannot be used: missing, not a folder, no documents in it, or unreadable. */
public class CorpusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
