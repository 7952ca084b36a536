package org.citeqa.model;

import org.citeqa.search.SearchHit;

/**
 * A retrieved chunk as shown to the model and sent in the stream's {@code passages} event: {@code n} is the
 * number the model cites it by; {@code start}/{@code end} are its offsets in the document's canonical text; {@code page} the PDF page it starts
 * on (null without pages).
 */
public record Passage(int n, String documentId, String title, String chunkId, String text, int start, int end,
                      Integer page) {

    public Passage(int n, String documentId, String title, String chunkId, String text, int start, int end) {
        this(n, documentId, title, chunkId, text, start, end, null);
    }

    static Passage of(SearchHit hit) {
        return new Passage(hit.rank(), hit.chunk().documentId(), hit.title(), hit.chunk().id(), hit.chunk().text(),
                hit.chunk().start(), hit.chunk().end(), hit.page());
    }
}
