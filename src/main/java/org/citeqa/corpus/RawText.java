package org.citeqa.corpus;

import java.util.List;
import java.util.regex.Pattern;

/** Character-level normalisation of a raw file, done before any structure is looked at. */
final class RawText {

    // Space separators (no-break space, thin space, ...) and tabs all become plain spaces.
    private static final Pattern SPACE_LIKE = Pattern.compile("[\\p{Zs}\\t]");
    // Control characters other than \n, plus invisible characters that only break words apart.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\uFEFF\\u200B\\u00AD]");

    private RawText() {
    }

    /** BOM, line endings, odd spaces and control characters normalised; line structure (and indentation) kept. */
    static String normalise(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n')
                .replace('\f', '\n').replace('\u000B', '\n'); // page / line separators
        text = SPACE_LIKE.matcher(text).replaceAll(" ");
        return INVISIBLE.matcher(text).replaceAll("");
    }

    static List<String> lines(String normalised) {
        return List.of(normalised.split("\n", -1));
    }

    /** Collapses whitespace runs to one space and trims. */
    static String collapseSpaces(String s) {
        return s.replaceAll(" {2,}", " ").strip();
    }
}
