package org.citeqa.answer;

/**
 * Evidence for an answer: the chunk it came from and the exact quote, whose {@code start}/{@code end} are
 * offsets into the canonical text of the document, so that {@code text.substring(start, end)} of the document
 * equals {@code quote}. {@code page} is the 1-based PDF page the quote starts on, null for formats without pages.
 */
public record Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                       int end, Integer page) {

    /** A citation of a document without pages. */
    public Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                    int end) {
        this(n, documentId, title, chunkId, text, quote, start, end, null);
    }
}
