package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which PDF page each character range of the canonical text came from. Cleaning joins lines and pages,
 * rejoins hyphenated words, moves footnotes to the end and drops repeats, so offsets cannot be carried through it;
 * instead the canonical words are aligned, in order, with the raw words whose pages are known. Each paragraph is
 * anchored where its first words occur (after the previous paragraph, else anywhere: footnotes moved to "Notes"),
 * then followed word by word, so a paragraph that runs over a page break changes page at the right word.
 */
final class PageAligner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int ANCHOR_WORDS = 4;
    private static final int LOOKAHEAD = 40;

    private record Word(String text, int start, int page) {
    }

    private PageAligner() {
    }

    /**
     * @param raw        the text as extracted, before cleaning
     * @param pageStarts offsets in {@code raw} where pages 1, 2, ... start
     * @param canonical  the cleaned text
     * @return contiguous page spans covering {@code canonical}; empty when there are no pages
     */
    static List<PageSpan> align(String raw, List<Integer> pageStarts, String canonical) {
        if (pageStarts.isEmpty() || canonical.isEmpty()) {
            return List.of();
        }
        List<Word> rawWords = words(raw, pageStarts);
        List<Word> words = words(canonical, List.of());
        int[] pageOf = new int[words.size()];
        int cursor = 0;
        int lastPage = 1;
        int w = 0;
        while (w < words.size()) {
            int paragraphEnd = paragraphEnd(canonical, words, w);
            int anchor = find(rawWords, words, w, paragraphEnd, cursor);
            if (anchor < 0) {
                anchor = find(rawWords, words, w, paragraphEnd, 0);
            }
            if (anchor < 0) {
                for (int i = w; i < paragraphEnd; i++) {
                    pageOf[i] = lastPage;
                }
            } else {
                int r = anchor;
                for (int i = w; i < paragraphEnd; i++) {
                    int matched = match(rawWords, r, words.get(i).text());
                    if (matched > 0) {
                        lastPage = rawWords.get(r).page();
                        r += matched;
                    } else {
                        int ahead = seek(rawWords, r, words.get(i).text());
                        if (ahead >= 0) {
                            lastPage = rawWords.get(ahead).page();
                            r = ahead + 1;
                        }
                    }
                    pageOf[i] = lastPage;
                }
                if (anchor >= cursor) {
                    cursor = r;
                }
            }
            w = paragraphEnd;
        }
        return spans(canonical, words, pageOf);
    }

    private static List<PageSpan> spans(String canonical, List<Word> words, int[] pageOf) {
        List<PageSpan> spans = new ArrayList<>();
        int start = 0;
        int page = words.isEmpty() ? 1 : pageOf[0];
        for (int i = 1; i < words.size(); i++) {
            if (pageOf[i] != page) {
                int boundary = words.get(i).start();
                spans.add(new PageSpan(page, start, boundary));
                start = boundary;
                page = pageOf[i];
            }
        }
        spans.add(new PageSpan(page, start, canonical.length()));
        return List.copyOf(spans);
    }

    /** The index after the last word of the paragraph holding word {@code from}. */
    private static int paragraphEnd(String canonical, List<Word> words, int from) {
        int breakAt = canonical.indexOf("\n\n", words.get(from).start());
        int end = from + 1;
        while (end < words.size() && (breakAt < 0 || words.get(end).start() < breakAt)) {
            end++;
        }
        return end;
    }

    /** Where the paragraph's first words occur in the raw words, searching from {@code from}; -1 if nowhere. */
    private static int find(List<Word> raw, List<Word> words, int first, int end, int from) {
        int n = Math.min(ANCHOR_WORDS, end - first);
        for (int r = from; r < raw.size(); r++) {
            int at = r;
            int matchedWords = 0;
            while (matchedWords < n && at < raw.size()) {
                int m = match(raw, at, words.get(first + matchedWords).text());
                if (m == 0) {
                    break;
                }
                at += m;
                matchedWords++;
            }
            if (matchedWords == n) {
                return r;
            }
        }
        return -1;
    }

    /**
     * How many raw words at {@code r} make up {@code word}: 1 when equal (or when the raw word only has a footnote
     * number glued on: "kla1" for "kla"), 2 when a hyphenated break was rejoined ("inter" + "national"), else 0.
     */
    private static int match(List<Word> raw, int r, String word) {
        if (r >= raw.size()) {
            return 0;
        }
        String here = raw.get(r).text();
        if (here.equals(word) || here.startsWith(word) && here.substring(word.length()).chars().allMatch(Character::isDigit)) {
            return 1;
        }
        if (r + 1 < raw.size() && word.equals(here + raw.get(r + 1).text())) {
            return 2;
        }
        return 0;
    }

    private static int seek(List<Word> raw, int from, String word) {
        for (int r = from; r < Math.min(raw.size(), from + LOOKAHEAD); r++) {
            if (match(raw, r, word) > 0) {
                return r;
            }
        }
        return -1;
    }

    private static List<Word> words(String text, List<Integer> pageStarts) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int page = 0;
        while (m.find()) {
            while (page < pageStarts.size() && pageStarts.get(page) <= m.start()) {
                page++;
            }
            words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), Math.max(1, page)));
        }
        return words;
    }
}
