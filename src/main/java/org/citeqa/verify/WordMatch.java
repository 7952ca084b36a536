package org.citeqa.verify;

import org.citeqa.language.WordNet;

/**
 * When a word of a statement states a word of another: the same analysed term; a shorter stem that begins a
 * longer one ("recogn" ~ "recognit"); or, for words that are not names, WordNet synonyms ("state" ~ "country",
 * "within" ~ "inside") and derivationally related forms ("appoint" ~ "appointee").
 */
final class WordMatch {

    /** Shorter analysed stems at least this long match longer ones they begin ("recogn" ~ "recognit"). */
    static final int MIN_PREFIX = 5;

    /** Pairs of words already related or not: the same pairs come back for every claim against the same evidence. */
    private static final int PAIRS = 500_000;

    private final WordNet wordNet;
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> pairs =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(PAIRS).build();

    WordMatch(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** Whether the two tokens say the same word. */
    boolean related(Token a, Token b) {
        if (sameStem(a.term(), b.term())) {
            return true;
        }
        if (a.capitalised() || b.capitalised() || a.digits() || b.digits() || a.term().isEmpty() || b.term().isEmpty()) {
            return false;
        }
        return meansTheSame(a.word(), b.word());
    }

    /** Whether a word of untagged text (surface form and analysed term) says the same as the token. */
    boolean related(String word, String term, Token b) {
        if (sameStem(term, b.term())) {
            return true;
        }
        return !b.capitalised() && !b.digits() && !term.isEmpty() && !b.term().isEmpty()
                && meansTheSame(word, b.word());
    }

    /** WordNet synonyms or derivationally related forms of two lower-case words. */
    boolean meansTheSame(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return pairs.get("=" + x + " " + y, k -> wordNet.synonyms(x, y) || wordNet.derivationallyRelated(x, y));
    }

    /** Hypernym links between two nouns that still count the same kind of thing ("state" ~ "country"). */
    private static final int SAME_THING = 2;

    /** Two nouns for the same kind of thing: synonyms, or close in WordNet's hierarchy ("states", "countries"). */
    boolean sameThing(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        return wordNet.synonyms(x, y) || wordNet.hypernymDistance(x, y, SAME_THING).isPresent();
    }

    boolean antonyms(Token a, Token b) {
        if (a.capitalised() || b.capitalised() || a.digits() || b.digits()) {
            return false;
        }
        String x = a.word().toLowerCase(java.util.Locale.ROOT);
        String y = b.word().toLowerCase(java.util.Locale.ROOT);
        return pairs.get("!" + x + " " + y, k -> wordNet.antonyms(x, y));
    }

    /** Equal stems, or one begins the other and is long enough to mean the same word. */
    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }
}
