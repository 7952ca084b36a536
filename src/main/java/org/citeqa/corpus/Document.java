package org.citeqa.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned document. {@code text} is the canonical text every character offset in the system points into:
 * paragraphs separated by exactly one blank line, each paragraph on a single line. {@code format} is the
 * {@link DocumentFormat#id()} it was read from; {@code pages}, for a PDF, says which page each character range of
 * the canonical text comes from (contiguous, covering the text), and is empty for formats without pages.
 */
public record Document(String id, String title, String source, String text, String format, List<PageSpan> pages) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        pages = List.copyOf(pages);
    }

    /** A plain-text document without pages. */
    public Document(String id, String title, String source, String text) {
        this(id, title, source, text, DocumentFormat.TEXT.id(), List.of());
    }

    /** The 1-based page holding the character at {@code offset}, or null when the document has no pages. */
    public Integer pageAt(int offset) {
        if (pages.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = pages.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pages.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return pages.get(lo).page();
    }

    /** How many pages the original had (the highest page any text came from), 0 without pages. */
    public int pageCount() {
        return pages.stream().mapToInt(PageSpan::page).max().orElse(0);
    }
}
