package org.citeqa.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Evidence for an answer: the chunk it came from and the exact quote, whose {@code start}/{@code end} are
 * offsets into the canonical text of the document, so that {@code text.substring(start, end)} of the document
 * equals {@code quote}. {@code marks}, when known, are the quote's deciding words (left out of the JSON when none).
 * {@code page} is the 1-based PDF page the quote starts on, null for formats without pages.
 */
public record Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                       int end, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QuoteMark> marks, Integer page) {

    public Citation {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A citation of a document without pages, without marks. */
    public Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                    int end) {
        this(n, documentId, title, chunkId, text, quote, start, end, List.of(), null);
    }

    /** A citation with its deciding words, of a document without pages. */
    public Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                    int end, List<QuoteMark> marks) {
        this(n, documentId, title, chunkId, text, quote, start, end, marks, null);
    }

    /** A citation of a page of a PDF ({@code page} null for other formats). */
    public Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                    int end, Integer page) {
        this(n, documentId, title, chunkId, text, quote, start, end, List.of(), page);
    }

    public Citation withMarks(List<QuoteMark> deciding) {
        return new Citation(n, documentId, title, chunkId, text, quote, start, end, deciding, page);
    }
}
