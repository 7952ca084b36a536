package org.citeqa.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits canonical text into sentence spans. A sentence never crosses a paragraph break, and ends after
 * '.', '!' or '?' (with any closing quotes or brackets) when the next word starts a new sentence; common
 * abbreviations and initials ("Mr.", "U.S.", "John F. Kennedy"), nor a one-letter abbreviation before a number
 * ("r. 1521–1567", "c. 1500"), end one. A note marker right after the end ("ledge.[c] Link") stays with the
 * sentence it closes, and a list item's marker ("b. There is no division") opens the sentence it marks.
 * Invisible marks and emoji between sentences do not hide an end ("nine.\u200F Valdoria"). Leading and trailing
 * whitespace and invisible marks are never part of a span.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "sen", "rep", "gov", "pres", "amb", "rev", "hon", "no", "nos", "nr", "vol", "vols", "pp", "p", "pg",
            "fq", "ch", "art", "fig", "ed", "eds", "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "est", "inc",
            "ltd", "co", "corp", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "op", "ibid", "ca", "fl");

    /** Longest note marker, brackets included, kept with the sentence it follows ("[c]", "[n 9]", "[12]"). */
    private static final int MAX_MARKER = 6;

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            splitParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, List<Span> out) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                // A single line break inside a paragraph (a list or a heading block) also ends a sentence.
                add(text, start, i, out);
                start = skipSpace(text, i + 1, to);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && (isTerminalTrail(text.charAt(end)) || isInvisible(text.charAt(end)))) {
                    end++;
                }
                end += noteMarker(text, end, to);
                int next = skipSpace(text, end, to);
                int word = skipOrnaments(text, next, to);
                if (next > end && word < to && startsSentence(text.charAt(word)) && !isAbbreviation(text, i, c, word)
                        && !isListMarker(text, start, i, c)) {
                    add(text, start, end, out);
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        add(text, start, to, out);
    }

    /** A list item's marker, all a sentence holds before its period: "1.", "b.", "iv.". */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})\\)?");

    /**
     * Whether the period at {@code dot} closes a list item's marker ("b. There is no division", "2. The council"):
     * the marker then opens the sentence, it is no sentence of its own.
     */
    private static boolean isListMarker(String text, int start, int dot, char mark) {
        return mark == '.' && LIST_MARKER.matcher(text.substring(start, dot)).matches();
    }

    private static boolean isTerminalTrail(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']'
                || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    /** Marks that take no room: direction marks, zero-width spaces and joiners, a byte-order mark. */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /**
     * Where the next word begins past invisible marks, emoji and other symbols (with their variation selectors and
     * skin tones) and the spaces between them, so that "nine. 😀 Valdoria" still ends a sentence at "nine.".
     */
    private static int skipOrnaments(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || type == Character.FORMAT || type == Character.OTHER_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                i += Character.charCount(cp);
            } else {
                return i;
            }
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB';
    }

    /** The length of a note marker such as "[c]" starting at {@code at}, or 0. */
    private static int noteMarker(String text, int at, int to) {
        if (at >= to || text.charAt(at) != '[') {
            return 0;
        }
        int close = text.indexOf(']', at);
        return close > at + 1 && close < to && close - at < MAX_MARKER && text.substring(at + 1, close).strip()
                .chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == ' ') ? close - at + 1 : 0;
    }

    /**
     * True when the period at {@code dot} closes an abbreviation or an initial rather than a sentence; {@code next}
     * is where the following word starts.
     */
    private static boolean isAbbreviation(String text, int dot, char mark, int next) {
        if (mark != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.length() == 1 && Character.isDigit(text.charAt(next))) {
            return true; // "(r. 1521–1567)", "c. 1500", "d. 1435": a sentence does not end on one lower-case letter
        }
        return ABBREVIATIONS.contains(word);
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Adds the span without the whitespace and invisible marks at its edges. */
    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || isInvisible(text.charAt(start)))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || isInvisible(text.charAt(end - 1)))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
