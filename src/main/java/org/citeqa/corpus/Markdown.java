package org.citeqa.corpus;

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

    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*(?:[ ]+\"[^\"]*\")?\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("\\*(\\S(?:.*?\\S)?)\\*");
    // Underscores only count at word edges, so snake_case names and URLs keep theirs.
    private static final Pattern EMPHASIS_UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_(\\S(?:.*?\\S)?)_(?![\\p{L}\\p{N}_])");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    // Struck-out text is what the document no longer says ("has ~~twelve~~ eleven locks").
    private static final Pattern STRIKETHROUGH = Pattern.compile("~~(\\S(?:.*?\\S)?)~~");
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

    /** Lines that only structure the page (rules, code fences) and carry no words. */
    static boolean isStructureOnly(String line) {
        return THEMATIC_BREAK.matcher(line).matches() || CODE_FENCE.matcher(line).matches();
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
        s = HTML_BREAK.matcher(s).replaceAll(" ");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRIKETHROUGH.matcher(s).replaceAll("");
        s = INLINE_CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPHASIS_STAR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return EMPHASIS_UNDERSCORE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
