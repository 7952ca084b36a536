package org.citeqa.corpus;

import java.util.Objects;

/**
 * A cleaned document. {@code text} is the canonical text every character offset in the system points into:
 * paragraphs separated by exactly one blank line, each paragraph on a single line.
 */
public record Document(String id, String title, String source, String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
