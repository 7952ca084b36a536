package org.citeqa.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Evidence for an answer: the chunk it came from and the exact quote, whose {@code start}/{@code end} are
 * offsets into the canonical text of the document, so that {@code text.substring(start, end)} of the document
 * equals {@code quote}. {@code marks}, when known, are the quote's deciding words (left out of the JSON when none).
 */
public record Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                       int end, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QuoteMark> marks) {

    public Citation {
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    public Citation(int n, String documentId, String title, String chunkId, String text, String quote, int start,
                    int end) {
        this(n, documentId, title, chunkId, text, quote, start, end, List.of());
    }

    public Citation withMarks(List<QuoteMark> deciding) {
        return new Citation(n, documentId, title, chunkId, text, quote, start, end, deciding);
    }
}
