package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups lines into paragraphs: consecutive non-blank lines are one paragraph, joined into one line.
 * In Markdown, headings, list items and table rows are paragraphs of their own even without a blank line around
 * them, and a fenced code block's lines are kept as written: code, not Markdown.
 */
final class Paragraphs {

    // A sentence cut by a stray blank line: "... the Western powers will" + "exert pressure on ...".
    private static final Pattern ENDS_MID_SENTENCE = Pattern.compile("\\p{Ll}$");
    private static final Pattern STARTS_WITH_LOWERCASE_WORD = Pattern.compile("^\\p{Ll}+[ ,]");

    private final boolean markdown;
    private final Hyphenation hyphenation;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> current = new ArrayList<>();
    // Headings and list items stand alone: never glued to a neighbour as a cut sentence.
    private boolean currentStandsAlone;
    private boolean lastStoodAlone;
    private boolean inCode;
    // The header cells of the table being read, or null outside a table.
    private List<String> tableHeaders;

    private Paragraphs(boolean markdown, Hyphenation hyphenation) {
        this.markdown = markdown;
        this.hyphenation = hyphenation;
    }

    static List<String> build(List<String> lines, boolean markdown, Hyphenation hyphenation) {
        Paragraphs builder = new Paragraphs(markdown, hyphenation);
        lines.forEach(builder::accept);
        if (builder.inCode) {
            builder.finishCode(); // a block the file never closes ends with it
        }
        builder.finishParagraph();
        return builder.paragraphs;
    }

    /** Joins the lines of one paragraph (footnote continuation lines, for instance) into one line. */
    static String joinLines(List<String> lines, Hyphenation hyphenation) {
        String joined = null;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            joined = joined == null ? s : hyphenation.join(joined, s);
        }
        return joined == null ? "" : RawText.collapseSpaces(joined);
    }

    private void accept(String line) {
        if (inCode) {
            acceptCode(line);
        } else if (line.isBlank()) {
            tableHeaders = null;
            finishParagraph();
        } else if (markdown) {
            acceptMarkdown(line);
        } else {
            current.add(line);
        }
    }

    /** A line inside a fenced code block: the closing fence ends it, a blank line parts its paragraphs. */
    private void acceptCode(String line) {
        if (Markdown.isCodeFence(line)) {
            finishCode();
            inCode = false;
        } else if (line.isBlank()) {
            finishCode();
        } else {
            current.add(line);
        }
    }

    private void finishCode() {
        addParagraph(current, true, true);
        current.clear();
    }

    private void acceptMarkdown(String line) {
        if (Markdown.isCodeFence(line)) {
            finishParagraph();
            inCode = true;
            tableHeaders = null;
            return;
        }
        if (tableHeaders != null) {
            if (Markdown.isTableRow(line)) {
                addParagraph(List.of(Markdown.tableRow(tableHeaders, line)), true, false);
                return;
            }
            tableHeaders = null;
        }
        if (Markdown.isTableDelimiter(line) && !current.isEmpty() && Markdown.isTableRow(current.getLast())) {
            // The line above was the header row: its cells name the cells of every row below.
            tableHeaders = Markdown.tableCells(current.removeLast()).stream()
                    .map(h -> RawText.collapseSpaces(Markdown.stripInline(h))).toList();
            finishParagraph();
            return;
        }
        String heading = Markdown.headingText(line);
        if (heading != null) {
            finishParagraph();
            addParagraph(List.of(heading), true, false);
        } else if (Markdown.isSetextUnderline(line) && current.size() == 1) {
            currentStandsAlone = true; // "Title\n=====": the line above is a heading
            finishParagraph();
        } else if (Markdown.isThematicBreak(line)) {
            finishParagraph();
        } else {
            String content = Markdown.stripLineMarkers(line);
            if (Markdown.startsListItem(line)) {
                finishParagraph();
                currentStandsAlone = true;
            }
            if (!content.isBlank()) {
                current.add(content);
            }
        }
    }

    private void finishParagraph() {
        addParagraph(current, currentStandsAlone, false);
        current.clear();
        currentStandsAlone = false;
    }

    /** @param verbatim code: no Markdown syntax is taken out of it */
    private void addParagraph(List<String> lines, boolean standsAlone, boolean verbatim) {
        String paragraph = joinLines(lines, hyphenation);
        if (markdown && !verbatim) {
            paragraph = RawText.collapseSpaces(Markdown.stripInline(paragraph));
        }
        if (paragraph.isEmpty()) {
            return;
        }
        boolean continuation = !standsAlone && !lastStoodAlone && !paragraphs.isEmpty()
                && continuesSentence(paragraphs.getLast(), paragraph);
        if (continuation) {
            paragraphs.add(paragraphs.removeLast() + " " + paragraph);
        } else {
            paragraphs.add(paragraph);
        }
        lastStoodAlone = standsAlone;
    }

    private static boolean continuesSentence(String previous, String next) {
        return ENDS_MID_SENTENCE.matcher(previous).find() && STARTS_WITH_LOWERCASE_WORD.matcher(next).find();
    }
}
