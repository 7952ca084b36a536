package org.citeqa.corpus;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two hard-wrapped lines, rejoining a word hyphenated across the break.
 * Which spelling a lowercase split takes ("inter-" + "national") is decided by the words of the same document.
 */
final class Hyphenation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    // The word part in front of a line-final hyphen, e.g. "Secretary" in "... of the Secretary-".
    private static final Pattern WORD_BEFORE_HYPHEN = Pattern.compile("([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)-$");
    private static final Pattern WORD_AT_START = Pattern.compile("^[\\p{L}\\p{N}]+");

    private static final Pattern URL_AT_END = Pattern.compile("(?:://|www\\.)\\S*$");

    private final Set<String> vocabulary = new HashSet<>();

    /** @param documentText all text of the document, to learn which spellings it uses */
    Hyphenation(String documentText) {
        Matcher m = WORD.matcher(documentText);
        while (m.find()) {
            vocabulary.add(m.group().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code left} and {@code right} are stripped, non-empty lines. */
    String join(String left, String right) {
        if (right.startsWith("/") && URL_AT_END.matcher(left).find()) {
            return left + right; // an address broken before one of its "/" parts
        }
        Matcher before = WORD_BEFORE_HYPHEN.matcher(left);
        Matcher after = WORD_AT_START.matcher(right);
        if (!before.find() || !after.find()) {
            // No word glued to the hyphen ("force -") or nothing word-like after it: a dash or a plain break.
            return left + " " + right;
        }
        String first = before.group(1);
        String second = after.group();
        char lastOfFirst = first.charAt(first.length() - 1);
        char firstOfSecond = second.charAt(0);
        boolean lowercaseSplit = Character.isLowerCase(lastOfFirst) && Character.isLowerCase(firstOfSecond);
        if (lowercaseSplit && !keepsHyphen(first, second)) {
            return left.substring(0, left.length() - 1) + right;
        }
        // "Secretary-General", "78-days", "14-point": the hyphen is part of the compound.
        return left + right;
    }

    /** For "inter-" + "national": unhyphenated if the document uses that word, hyphenated if it uses that form. */
    private boolean keepsHyphen(String first, String second) {
        String joined = (first + second).toLowerCase(Locale.ROOT);
        String hyphenated = (first + "-" + second).toLowerCase(Locale.ROOT);
        return !vocabulary.contains(joined) && vocabulary.contains(hyphenated);
    }
}
