package org.citeqa.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Guesses a document's title from its text when no sidecar file names it. */
final class TitleGuesser {

    // A title sits at the top; further down, short lines are section headings or list items.
    private static final int PARAGRAPHS_TO_LOOK_AT = 5;
    private static final int MAX_TITLE_LENGTH = 100;

    private static final Set<String> GENERIC_SECTION_WORDS = Set.of(
            "abstract", "summary", "introduction", "contents", "table of contents", "preface", "foreword",
            "acknowledgements", "acknowledgments", "references", "bibliography", "notes", "appendix",
            "conclusion", "conclusions", "background", "overview", "keywords", "key words");
    // Metadata lines such as "Keywords: ...", "Author: ...".
    private static final Pattern LABEL = Pattern.compile(
            "^(keywords?|key words|abstract|summary|authors?|by|date|published|posted|updated|source|tags?|category)\\s*:",
            Pattern.CASE_INSENSITIVE);
    // "2. The Historical Context": a numbered section heading, not the document's title.
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?|[a-z][.)]|[IVXLC]+\\.)\\s");
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile("[.!?:;,][\"'”’)]*$");
    private static final Pattern HAS_A_WORD = Pattern.compile("\\p{L}{2,}");

    private final TextCleaner cleaner;

    TitleGuesser(TextCleaner cleaner) {
        this.cleaner = cleaner;
    }

    /**
     * The front matter's title or else the first Markdown heading if the text has them, else the first title-like
     * line near the top of the cleaned text, else the id turned into words.
     */
    String guess(String id, String raw, String cleanedText, boolean markdown) {
        String heading = markdown || Markdown.looksLikeMarkdown(raw) ? firstMarkdownHeading(raw) : null;
        if (heading != null) {
            return heading;
        }
        List<String> paragraphs = List.of(cleanedText.split("\n\n"));
        return paragraphs.stream()
                .limit(PARAGRAPHS_TO_LOOK_AT)
                .filter(TitleGuesser::isTitleLike)
                .findFirst()
                .orElseGet(() -> idAsWords(id));
    }

    private String firstMarkdownHeading(String raw) {
        List<String> lines = RawText.lines(RawText.normalise(raw));
        return MarkdownBlocks.frontMatterTitle(lines).stream()
                .map(h -> cleaner.clean(h, true))
                .filter(h -> !h.isEmpty())
                .findFirst()
                .orElseGet(() -> firstHeading(lines));
    }

    /** The first heading outside code blocks: a "# comment" in a shell example is no heading. */
    private String firstHeading(List<String> lines) {
        boolean inCode = false;
        for (String line : lines) {
            inCode ^= Markdown.isCodeFence(line);
            String heading = inCode ? null : Markdown.headingText(line);
            String title = heading == null || heading.isBlank() ? "" : cleaner.clean(heading, true);
            if (!title.isEmpty()) {
                return title;
            }
        }
        return null;
    }

    static boolean isTitleLike(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= MAX_TITLE_LENGTH
                && HAS_A_WORD.matcher(p).find()
                && !ENDS_LIKE_A_SENTENCE.matcher(p).find()
                && !LABEL.matcher(p).find()
                && !SECTION_NUMBER.matcher(p).find()
                && !GENERIC_SECTION_WORDS.contains(p.toLowerCase(Locale.ROOT))
                && !BoilerplateFilter.isBoilerplate(p);
    }

    /** "brannock-tidal-observatory" → "Brannock tidal observatory". */
    static String idAsWords(String id) {
        String words = id.replaceAll("[-_.\\s]+", " ").strip();
        if (words.isEmpty()) {
            return id;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
