package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the raw text of one file into canonical text: paragraphs separated by exactly one blank line,
 * each paragraph on one line with single spaces, footnotes collected under a final "Notes" heading.
 * Pure function, thread-safe, no state.
 */
public final class TextCleaner {

    static final String NOTES_HEADING = "Notes";
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    public TextCleaner() {
    }

    /**
     * @param raw      the file's text as read
     * @param markdown whether the file is Markdown (name ends with .md); plain-text files that plainly use
     *                 Markdown headings or links are treated as Markdown too
     */
    public String clean(String raw, boolean markdown) {
        Objects.requireNonNull(raw, "raw");
        String text = RawText.normalise(raw);
        boolean asMarkdown = markdown || Markdown.looksLikeMarkdown(text);

        List<String> lines = RawText.lines(text);
        List<List<String>> footnotes = new ArrayList<>();
        if (asMarkdown) {
            MarkdownBlocks.Result blocks = MarkdownBlocks.separate(lines);
            lines = blocks.bodyLines();
            footnotes.addAll(blocks.footnotes());
        }
        FootnoteSeparator.Result separated = FootnoteSeparator.separate(lines);
        footnotes.addAll(0, separated.footnotes());
        Hyphenation hyphenation = new Hyphenation(text);

        // Exact repeats (PDF extraction duplicates some paragraphs) are dropped, the first occurrence kept.
        Set<String> body = new LinkedHashSet<>();
        for (String paragraph : Paragraphs.build(separated.bodyLines(), asMarkdown, hyphenation)) {
            if (!BoilerplateFilter.isBoilerplate(paragraph)) {
                body.add(paragraph);
            }
        }
        Set<String> notes = new LinkedHashSet<>();
        for (List<String> footnote : footnotes) {
            String note = Paragraphs.joinLines(footnote, hyphenation);
            if (asMarkdown) {
                note = RawText.collapseSpaces(Markdown.stripInline(note));
            }
            if (!note.isEmpty() && !body.contains(note)) {
                notes.add(note);
            }
        }
        List<String> paragraphs = new ArrayList<>(body);
        if (!notes.isEmpty()) {
            paragraphs.add(NOTES_HEADING);
            paragraphs.addAll(notes);
        }
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /**
     * Where the notes section of a canonical text begins (the offset of its heading), or the text's length when it
     * has none: sentences from there on are footnotes, searchable but not answers.
     */
    public static int notesStart(String canonical) {
        if (canonical.startsWith(NOTES_HEADING + PARAGRAPH_SEPARATOR)) {
            return 0;
        }
        int at = canonical.lastIndexOf(PARAGRAPH_SEPARATOR + NOTES_HEADING + PARAGRAPH_SEPARATOR);
        return at < 0 ? canonical.length() : at + PARAGRAPH_SEPARATOR.length();
    }
}
