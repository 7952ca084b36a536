package org.citeqa.corpus;

import java.util.List;

/**
 * The raw text of a file as its parser gave it, before cleaning: paragraphs separated by blank lines, lines kept.
 * {@code pageStarts} holds, for a paged format (PDF), the offset in {@code text} where each page starts (page 1
 * first); it is empty otherwise. {@code title} is the file's own metadata title, or null.
 */
public record Extracted(DocumentFormat format, String text, List<Integer> pageStarts, String title) {

    public Extracted {
        pageStarts = List.copyOf(pageStarts);
    }
}
