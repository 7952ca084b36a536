package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups lines into paragraphs: consecutive non-blank lines are one paragraph, joined into one line.
 * In Markdown, headings and list items are paragraphs of their own even without a blank line around them.
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

    private Paragraphs(boolean markdown, Hyphenation hyphenation) {
        this.markdown = markdown;
        this.hyphenation = hyphenation;
    }

    static List<String> build(List<String> lines, boolean markdown, Hyphenation hyphenation) {
        Paragraphs builder = new Paragraphs(markdown, hyphenation);
        lines.forEach(builder::accept);
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
        if (line.isBlank()) {
            finishParagraph();
        } else if (markdown) {
            acceptMarkdown(line);
        } else {
            current.add(line);
        }
    }

    private void acceptMarkdown(String line) {
        String heading = Markdown.headingText(line);
        if (heading != null) {
            finishParagraph();
            addParagraph(List.of(heading), true);
        } else if (Markdown.isSetextUnderline(line) && current.size() == 1) {
            currentStandsAlone = true; // "Title\n=====": the line above is a heading
            finishParagraph();
        } else if (Markdown.isStructureOnly(line)) {
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
        addParagraph(current, currentStandsAlone);
        current.clear();
        currentStandsAlone = false;
    }

    private void addParagraph(List<String> lines, boolean standsAlone) {
        String paragraph = joinLines(lines, hyphenation);
        if (markdown) {
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
