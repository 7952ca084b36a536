package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Markdown syntax that is stripped from documents, leaving the words a reader sees. */
final class Markdown {

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}[ ]+(.*?)(?:[ ]+#+)?[ ]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ ]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ ]*\\1){2,}[ ]*$");
    private static final Pattern CODE_FENCE = Pattern.compile("^ {0,3}(?:```|~~~).*$");
    private static final Pattern BULLET = Pattern.compile("^ *[-*+][ ]+(?=\\S)");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^ *\\d{1,9}[.)][ ]+(?=\\S)");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^ {0,3}(?:>[ ]?)+");
    // A table's delimiter row: "|---|:---:|", "--- | ---". The pipe tells it from a rule or a heading underline.
    private static final Pattern TABLE_DELIMITER =
            Pattern.compile("^ {0,3}\\|?(?:[ ]*:?-+:?[ ]*\\|)+(?:[ ]*:?-+:?[ ]*)?\\|?[ ]*$");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*(?:[ ]+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(\\S(?:.*?\\S)?)\\*");
    // Underscores only count at word edges, so snake_case names and URLs keep theirs.
    private static final Pattern EMPHASIS_UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_(\\S(?:.*?\\S)?)_(?![\\p{L}\\p{N}_])");
    // A footnote reference ("the survey[^1] found"): the note itself joins the document's notes.
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[^\\]\\s]+]");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    // Struck-out text is what the document no longer says ("has ~~twelve~~ eleven locks").
    private static final Pattern STRIKETHROUGH = Pattern.compile("~~(\\S(?:.*?\\S)?)~~");
    // An HTML element a reader never sees, with its content: "<div hidden>Draft…</div>", "<span style="display:none">".
    private static final Pattern HIDDEN_ELEMENT = Pattern.compile("(?is)<([a-z][a-z0-9-]*)\\b[^<>]*?(?:\\shidden\\b"
            + "|\\sstyle\\s*=\\s*[\"'][^\"']*" + StructuredTextHandler.INVISIBLE_DECLARATION + ")[^<>]*>.*?</\\1\\s*>");
    // Inline HTML tags: markup, not words. A break ("<br>", "<p>") parts words; "<em>", "</span>" do not.
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)</?(?:br|p|div|li|hr|tr|td|th)(?:\\s[^<>]*)?/?>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");

    // Syntax that practically never occurs in plain prose.
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^#{1,6} \\S|\\[[^\\]\\n]+]\\((?:https?://|www\\.|/)[^)\\s]*\\)");

    private Markdown() {
    }

    /** True for text that uses Markdown headings or links, even when the file is named .txt. */
    static boolean looksLikeMarkdown(String text) {
        return MARKDOWN_SIGNS.matcher(text).find();
    }

    /** The heading text of an ATX heading line ("## Foo ##" → "Foo"), or null. */
    static String headingText(String line) {
        Matcher m = ATX_HEADING.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    static boolean isSetextUnderline(String line) {
        return SETEXT_UNDERLINE.matcher(line).matches();
    }

    /** A rule ("---", "* * *"): it only structures the page and carries no words. */
    static boolean isThematicBreak(String line) {
        return THEMATIC_BREAK.matcher(line).matches();
    }

    /** A line that opens or closes a fenced code block. */
    static boolean isCodeFence(String line) {
        return CODE_FENCE.matcher(line).matches();
    }

    /** The row under a table's header row. */
    static boolean isTableDelimiter(String line) {
        return TABLE_DELIMITER.matcher(line).matches();
    }

    /** A line that can be a table row: it has a cell separator. */
    static boolean isTableRow(String line) {
        return CELL_SEPARATOR.matcher(line).find();
    }

    /** The cells of a table row, trimmed, without the outer pipes; a backslash-escaped pipe inside a cell is a pipe. */
    static List<String> tableCells(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") && !s.endsWith("\\|") ? s.substring(0, s.length() - 1) : s;
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(s, -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    /**
     * A table row as a line of prose that keeps what each cell is: "Name: Brannock; Founded: 1871" under the headers
     * "Name" and "Founded". A cell without a header stands alone; empty cells are left out.
     */
    static String tableRow(List<String> headers, String row) {
        List<String> parts = new ArrayList<>();
        List<String> cells = tableCells(row);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            String header = i < headers.size() ? headers.get(i) : "";
            parts.add(header.isEmpty() ? cell : header + ": " + cell);
        }
        return String.join("; ", parts);
    }

    static boolean startsListItem(String line) {
        return BULLET.matcher(line).find() || ORDERED_ITEM.matcher(line).find();
    }

    /** Removes blockquote markers and bullets; numbers of ordered items are kept as words. */
    static String stripLineMarkers(String line) {
        String s = BLOCKQUOTE.matcher(line).replaceFirst("");
        return BULLET.matcher(s).replaceFirst("");
    }

    /** Links and images become their text, emphasis and code markers and inline HTML tags go, struck text too. */
    static String stripInline(String paragraph) {
        String s = IMAGE_OR_LINK.matcher(paragraph).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = HIDDEN_ELEMENT.matcher(s).replaceAll("");
        s = HTML_BREAK.matcher(s).replaceAll(" ");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRIKETHROUGH.matcher(s).replaceAll("");
        s = FOOTNOTE_REFERENCE.matcher(s).replaceAll("");
        s = INLINE_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPHASIS_STAR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return EMPHASIS_UNDERSCORE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
