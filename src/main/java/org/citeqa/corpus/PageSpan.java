package org.citeqa.corpus;

/** Characters {@code [start, end)} of a document's canonical text come from page {@code page} (1-based) of its PDF. */
public record PageSpan(int page, int start, int end) {

    public PageSpan {
        if (page < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad page span " + page + " [" + start + ", " + end + ")");
        }
    }
}
