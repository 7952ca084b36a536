package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the footnote blocks of PDF-extracted text out of the body, so the body reads as prose and the
 * footnotes can be kept at the end of the document.
 *
 * <p>Shape recognised (what PDF extraction produces at page ends): a line holding only spaces, then lines
 * starting with consecutive footnote numbers ("1 KLA – ...", "5UN-Secretary ..."), each possibly followed by
 * continuation lines, up to the line where the next page's body resumes (exactly one leading space, then text)
 * or the end of the file. Anything else is left in the body untouched, so ordinary numbered lists survive.
 */
final class FootnoteSeparator {

    /** Body lines with footnote blocks removed (page breaks rejoined), and the footnotes in order, one line each group. */
    record Result(List<String> bodyLines, List<List<String>> footnotes) {
    }

    private record Block(List<Integer> numbers, List<List<String>> footnotes, int end) {
    }

    // A footnote number (1-3 digits) directly followed by text or by spaces and text; "1. Introduction" is not one.
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})(?:\\s+|(?=\\p{L}))(\\S.*)$");
    private static final Pattern PAGE_RESUMPTION = Pattern.compile("^ \\S.*");
    // End of a sentence: . ! ? possibly followed by closing quotes or brackets.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");
    private static final Pattern STARTS_UPPERCASE = Pattern.compile("^[\"'“‘(\\[]*\\p{Lu}");

    private FootnoteSeparator() {
    }

    static Result separate(List<String> lines) {
        List<String> body = new ArrayList<>();
        List<List<String>> footnotes = new ArrayList<>();
        int pageStart = 0;
        int i = 0;
        while (i < lines.size()) {
            Block block = isSpacesOnly(lines.get(i)) ? readBlock(lines, i + 1) : null;
            if (block == null) {
                body.add(lines.get(i++));
                continue;
            }
            FootnoteMarkers.strip(body, pageStart, block.numbers());
            footnotes.addAll(block.footnotes());
            removeTrailingBlankLines(body);
            i = block.end();
            if (i < lines.size() && !body.isEmpty() && !continuesParagraph(body.getLast(), lines.get(i))) {
                body.add("");
            }
            pageStart = body.size();
        }
        return new Result(body, footnotes);
    }

    /** The footnote block starting at {@code start}, or null if the lines there do not have that shape. */
    private static Block readBlock(List<String> lines, int start) {
        if (start >= lines.size() || !FOOTNOTE_START.matcher(lines.get(start)).matches()) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        List<List<String>> footnotes = new ArrayList<>();
        int i = start;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PAGE_RESUMPTION.matcher(line).matches()) {
                break;
            }
            if (line.isBlank()) {
                // Only trailing blank lines may follow footnotes; a blank line followed by more text means
                // this was not a footnote block (e.g. a numbered list in ordinary text).
                return onlyBlankFrom(lines, i) ? new Block(numbers, footnotes, lines.size()) : null;
            }
            Matcher m = FOOTNOTE_START.matcher(line);
            // Numbers must be consecutive, so "4,100 displaced persons" in a footnote stays a continuation line.
            if (m.matches() && (numbers.isEmpty() || Integer.parseInt(m.group(1)) == numbers.getLast() + 1)) {
                numbers.add(Integer.parseInt(m.group(1)));
                footnotes.add(new ArrayList<>(List.of(m.group(1) + " " + m.group(2))));
            } else {
                footnotes.getLast().add(line);
            }
        }
        return new Block(numbers, footnotes, i);
    }

    /**
     * Whether the body resuming after a footnote block continues the paragraph cut by the page end.
     * It does unless the text before ends a sentence and the text after starts like a new one.
     */
    private static boolean continuesParagraph(String before, String after) {
        return !(SENTENCE_END.matcher(before.strip()).find() && STARTS_UPPERCASE.matcher(after.strip()).find());
    }

    private static boolean isSpacesOnly(String line) {
        return !line.isEmpty() && line.isBlank();
    }

    private static boolean onlyBlankFrom(List<String> lines, int from) {
        return lines.subList(from, lines.size()).stream().allMatch(String::isBlank);
    }

    private static void removeTrailingBlankLines(List<String> body) {
        while (!body.isEmpty() && body.getLast().isBlank()) {
            body.removeLast();
        }
    }
}
