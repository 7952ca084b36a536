package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of Tika's XHTML events as the cleaner expects plain text: every block element (paragraph,
 * heading, list item, table row, ...) becomes a paragraph of its own, separated by a blank line; line breaks inside
 * a block are kept, so hard-wrapped PDF lines stay lines. A PDF page ({@code <div class="page">}) records where it
 * starts. What a reader of a web page never sees ({@code hidden}, {@code display: none}, {@code visibility: hidden})
 * is no text. Stops with {@link ExtractionException.Reason#TOO_LARGE} past {@code maxChars}.
 */
final class StructuredTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "dl", "section", "article", "header", "main",
            "figure", "figcaption", "caption", "address", "hr", "body");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "noscript", "template");
    /** A CSS declaration that hides an element; Markdown's inline HTML is read with the same rule. */
    static final String INVISIBLE_DECLARATION = "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)";
    private static final Pattern INVISIBLE_STYLE =
            Pattern.compile("(?:^|;)\\s*" + INVISIBLE_DECLARATION + "\\b", Pattern.CASE_INSENSITIVE);

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final long maxChars;
    // Elements open inside a skipped one, itself included: its content is not text.
    private int skipDepth;

    StructuredTextHandler(long maxChars) {
        this.maxChars = maxChars;
    }

    String text() {
        return text.toString();
    }

    List<Integer> pageStarts() {
        return pageStarts;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (skipDepth > 0 || SKIPPED.contains(name) || invisible(attributes)) {
            skipDepth++;
            return;
        }
        if ("div".equals(name) && "page".equals(attributes.getValue("class"))) {
            endParagraph();
            pageStarts.add(text.length());
        } else if (BLOCKS.contains(name)) {
            endParagraph();
        } else if ("br".equals(name)) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        String name = name(localName, qName);
        if (BLOCKS.contains(name)) {
            endParagraph();
        } else if (CELLS.contains(name)) {
            text.append(' ');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipDepth > 0) {
            return;
        }
        if (text.length() + (long) length > maxChars) {
            throw new SAXException(new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                    "it holds more than " + maxChars + " characters of text"));
        }
        text.append(ch, start, length);
    }

    /** Tika writes PDF line breaks (and breaks after blocks) as ignorable whitespace: they are line structure. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endParagraph() {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        text.setLength(end);
        if (end == 0 || end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
            return;
        }
        text.append(text.charAt(end - 1) == '\n' ? "\n" : "\n\n");
    }

    private static boolean invisible(Attributes attributes) {
        String style = attributes.getValue("style");
        return attributes.getIndex("hidden") >= 0 || style != null && INVISIBLE_STYLE.matcher(style).find();
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
