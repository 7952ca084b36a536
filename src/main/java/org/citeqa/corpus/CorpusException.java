package org.citeqa.corpus;

public class CorpusException extends RuntimeException {
    public CorpusException(String message) { super(message); }
    public CorpusException(String message, Throwable cause) { super(message, cause); }
}
