package org.citeqa.corpus;

import java.util.List;

/** Helpers for writing raw test input line by line, where leading and trailing spaces matter. */
final class CleanerTestSupport {

    private CleanerTestSupport() {
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static List<String> paragraphs(String cleaned) {
        return List.of(cleaned.split("\n\n"));
    }

    static String cleanText(String raw) {
        return new TextCleaner().clean(raw, false);
    }

    static String cleanMarkdown(String raw) {
        return new TextCleaner().clean(raw, true);
    }
}
