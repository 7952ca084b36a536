package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out the pages of an extracted PDF the way the cleaner reads PDF text: page numbers and running headers or
 * footers are dropped, and a footnote block at the bottom of a page is set off as the cleaner's
 * {@code FootnoteSeparator} expects it (a line of spaces before it, no blank lines inside it, the next page
 * resuming with one leading space), so footnotes move to the document's "Notes" and their markers leave the prose,
 * exactly as for the PDF-extracted text files of the start-up folder.
 */
final class PdfPages {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*(?:(?:page|p\\.)\\s*)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:/|of)\\s*\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE);
    // Same shape as FootnoteSeparator's: a number of 1-3 digits, then text (glued or after spaces).
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})(?:\\s+|(?=\\p{L}))(\\S.*)$");
    private static final int MIN_PAGES_FOR_RUNNING_LINES = 3;
    private static final Pattern CUT_AT_PAGE_END = Pattern.compile("(?:\\p{Ll}|\\p{L}-|,)\\s*$");
    private static final Pattern STARTS_LOWERCASE = Pattern.compile("^\\p{Ll}");

    private PdfPages() {
    }

    static Extracted shape(String text, List<Integer> pageStarts, String title) {
        List<List<String>> pages = pages(text, pageStarts);
        dropRunningLines(pages);
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        boolean resumeAfterFootnotes = false;
        for (List<String> page : pages) {
            int footnotes = footnoteBlockStart(page);
            List<String> body = trimBlank(footnotes < 0 ? page : page.subList(0, footnotes));
            if (out.length() > 0) {
                // A sentence (or a hyphenated word) cut by the page break goes on in the same paragraph.
                boolean continues = !body.isEmpty() && CUT_AT_PAGE_END.matcher(lastLine(out)).find()
                        && STARTS_LOWERCASE.matcher(body.getFirst().strip()).find();
                out.append(resumeAfterFootnotes || continues ? "\n" : "\n\n");
            }
            starts.add(out.length());
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                if (i == 0 && resumeAfterFootnotes) {
                    line = " " + line.strip(); // FootnoteSeparator: the body resumes with exactly one leading space
                }
                out.append(line).append('\n');
            }
            resumeAfterFootnotes = footnotes >= 0;
            if (resumeAfterFootnotes) {
                out.append("   \n");
                for (String line : page.subList(footnotes, page.size())) {
                    if (!line.isBlank()) {
                        out.append(line.strip()).append('\n');
                    }
                }
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
        }
        return new Extracted(DocumentFormat.PDF, out.toString(), starts, title);
    }

    private static String lastLine(StringBuilder out) {
        int start = out.lastIndexOf("\n") + 1;
        return out.substring(start);
    }

    /** Each page's lines; text before the first page marker (there is none in Tika's output) joins page 1. */
    private static List<List<String>> pages(String text, List<Integer> pageStarts) {
        List<List<String>> pages = new ArrayList<>();
        if (pageStarts.isEmpty()) {
            pages.add(lines(text));
            return pages;
        }
        for (int p = 0; p < pageStarts.size(); p++) {
            int from = p == 0 ? 0 : pageStarts.get(p);
            int to = p + 1 < pageStarts.size() ? pageStarts.get(p + 1) : text.length();
            pages.add(lines(text.substring(from, to)));
        }
        return pages;
    }

    private static List<String> lines(String page) {
        return trimBlank(new ArrayList<>(List.of(page.split("\n", -1))));
    }

    private static List<String> trimBlank(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return new ArrayList<>(lines.subList(from, to));
    }

    /**
     * Removes page numbers from the top and bottom of every page, and headers or footers repeated on most pages
     * (digits ignored, so "Page 3 of 9" and "Page 4 of 9" count as one line).
     */
    private static void dropRunningLines(List<List<String>> pages) {
        Map<String, Integer> edges = new HashMap<>();
        for (List<String> page : pages) {
            if (!page.isEmpty()) {
                edges.merge(shapeOf(page.getFirst()), 1, Integer::sum);
                if (page.size() > 1) {
                    edges.merge(shapeOf(page.getLast()), 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(MIN_PAGES_FOR_RUNNING_LINES, (pages.size() + 1) / 2);
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            boolean changed = true;
            while (changed && !page.isEmpty()) {
                changed = false;
                for (String line : List.of(page.getFirst(), page.getLast())) {
                    boolean running = pages.size() >= MIN_PAGES_FOR_RUNNING_LINES && edges.getOrDefault(shapeOf(line), 0) >= needed
                            && line.strip().length() <= 120;
                    if (PAGE_NUMBER.matcher(line).matches() || running) {
                        page.remove(line == page.getFirst() ? 0 : page.size() - 1);
                        page = trimBlank(page);
                        changed = true;
                        break;
                    }
                }
            }
            pages.set(p, page);
        }
    }

    private static String shapeOf(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }

    /**
     * The index of the first line of this page's footnote block, or -1. A block is a tail of the page whose first
     * line starts with a footnote number n that the body above carries as a marker glued to a word ("KLA1",
     * "Gdansk.1"), followed only by continuation lines and footnotes numbered n+1, n+2, ...
     */
    static int footnoteBlockStart(List<String> page) {
        for (int s = 1; s < page.size(); s++) {
            Matcher m = FOOTNOTE_START.matcher(page.get(s).strip());
            if (!m.matches() || !page.get(s - 1).isBlank() && !endsSentenceOrHeading(page.get(s - 1))) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            if (first < 1 || !hasMarker(page.subList(0, s), first)) {
                continue;
            }
            return s;
        }
        return -1;
    }

    private static boolean endsSentenceOrHeading(String line) {
        return line.strip().matches(".*[.!?:”\"')\\]]$");
    }

    private static boolean hasMarker(List<String> body, int number) {
        Pattern glued = Pattern.compile("(?:\\p{L}\\p{L}|[.,;:!?”’\"')\\]])" + number + "(?!\\d)");
        for (String line : body) {
            if (glued.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
