package org.citeqa.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Finds the spans of a sentence that can answer a typed question: dates ("July 22, 2010", "1999", "the late
 * 1990s"), quantities ("51,000", "86%", "one million", "780 soldiers" gives "780") and names (runs of capitalised
 * words, "Edda Marlowe", "European Court of Auditors"). Pattern-based and language-general; it needs no
 * list of names.
 */
final class TypedSpans {

    enum Kind { DATE, QUANTITY, NAME }

    /** A typed span of a sentence: {@code [start, end)} offsets into the sentence text. */
    record TypedSpan(Kind kind, int start, int end, String text) {
    }

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern DATE = Pattern.compile(
            MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d)(?:\\s*(?:,|and|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:-|–|and)\\s*\\d{1,2})?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+\\d{4})?"
                    + "|" + MONTH + ",?\\s+\\d{4}"
                    + "|(?:(?:early|mid|late)[- ])?(?:1[0-9]|20)\\d0s"
                    + "|(?:(?:early|mid|late)[- ])?\\b\\d{1,2}(?:st|nd|rd|th)[- ]centur(?:y|ies)\\b"
                    + "|\\b(?:1[0-9]|20)\\d{2}(?:\\s*(?:-|–|to)\\s*(?:1[0-9]|20)?\\d{2})?\\b"
                    + "|\\b" + MONTH + "\\b");
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|half"
            + "|a third|a quarter)";
    private static final Pattern QUANTITY = Pattern.compile(
            // a digit glued to a word or to another number ("km2", "Q2") starts no number of its own
            "(?:[$€£]\\s?)?(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*(?:\\s*(?:%|percent|per cent))?"
                    + "(?:[\\s-]+(?:hundred|thousand|million|billion|trillion))?"
                    + "|\\b" + NUMBER_WORD + "(?:[\\s-]+" + NUMBER_WORD + ")*\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Capitalised words, joined by the small words names contain ("Court of Auditors", "Trinidad and Tobago"), from
     * the start of a word ("iPod" holds no "Pod").
     */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{M}\\d])"
            + "\\p{Lu}[\\p{L}\\p{M}\\d'’.-]*(?:\\s+(?:(?:of|the|and|for|de|du|van|von|der|la|le|al|bin)\\s+)*\\p{Lu}[\\p{L}\\p{M}\\d'’.-]*)*");
    /** A name written in capitals only: "CMO", "NTC". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An)\\s+");
    private static final Pattern LOWER_CASE_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    /**
     * Words that are capitalised only because they start a sentence ("When", "Both", "Most"): Lucene's English stop
     * words and the Snowball project's English stop list that Lucene ships, both maintained grammar lists.
     */
    private static final CharArraySet FUNCTION_WORDS = functionWords();

    private TypedSpans() {
    }

    /** Every span of the kind in the text, in order; a lone capitalised first word is never a name. */
    static List<TypedSpan> find(Kind kind, String text) {
        return find(kind, text, word -> false);
    }

    /**
     * Every span of the kind in the text, in order. A lone capitalised word that starts a sentence is a name only when
     * {@code onlyAName} says the word can be nothing else ("Liszt was the dedicatee…", not "Several ships sank").
     */
    static List<TypedSpan> find(Kind kind, String text, Predicate<String> onlyAName) {
        List<TypedSpan> out = new ArrayList<>();
        Matcher m = switch (kind) {
            case DATE -> DATE.matcher(text);
            case QUANTITY -> QUANTITY.matcher(text);
            case NAME -> NAME.matcher(text);
        };
        while (m.find()) {
            int start = m.start();
            int end = trimEnd(text, start, m.end());
            if (kind == Kind.NAME) {
                Matcher article = LEADING_ARTICLE.matcher(text.substring(start, end));
                int matched = start;
                boolean first = startsSentence(text, start);
                if (article.find()) {
                    start += article.end();
                } else if (first) {
                    // "On June", "In Corvath", "When the Ming Emperor": capitalised as first words
                    start = afterFunctionWord(text, start, end);
                }
                if (first && start == matched && !text.substring(start, end).contains(" ")
                        && !onlyAName.test(text.substring(start, end))) {
                    continue; // a lone capitalised first word is just the start of the sentence
                }
                if (isLoneFunctionWord(text.substring(start, end))) {
                    continue; // "What" opening a quotation, "No" of "No. 5": grammar, wherever it stands
                }
                if (isDate(text.substring(start, end))) {
                    continue;
                }
            }
            if (end > start) {
                out.add(new TypedSpan(kind, start, end, text.substring(start, end)));
            }
        }
        return out;
    }

    /**
     * Whether a name in capitals is the initials of capitalised words the question writes in a row: "CMO" of "the
     * Corvath Maritime Office" is what the question names, not an answer to it.
     */
    static boolean acronymIn(String name, String question) {
        if (!ACRONYM.matcher(name).matches()) {
            return false;
        }
        Matcher run = NAME.matcher(question);
        while (run.find()) {
            if (initials(run.group()).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question writes a name of several capitalised words as their initials: "European Union" is what
     * "Which EU members…" names, not an answer to it. A name with a word in capitals ("P and PSPACE") has no initials.
     */
    static boolean initialsIn(String name, String question) {
        String acronym = initials(name);
        if (acronym.length() < 2 || hasWordInCapitals(name)) {
            return false;
        }
        // A plain scan, not a regular expression: this runs for every name of every candidate sentence.
        for (int at = question.indexOf(acronym); at >= 0; at = question.indexOf(acronym, at + 1)) {
            int end = at + acronym.length();
            if ((at == 0 || !Character.isLetterOrDigit(question.charAt(at - 1)))
                    && (end == question.length() || !Character.isLetterOrDigit(question.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of the capitalised words: "CMO" of "Corvath Maritime Office". */
    private static String initials(String words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            if (wordStart(words, i) && Character.isUpperCase(words.charAt(i))) {
                out.append(words.charAt(i));
            }
        }
        return out.toString();
    }

    /** Whether a word starts with two capitals ("PSPACE", "NTC"): such a word is initials itself. */
    private static boolean hasWordInCapitals(String words) {
        for (int i = 0; i + 1 < words.length(); i++) {
            if (wordStart(words, i) && Character.isUpperCase(words.charAt(i))
                    && Character.isUpperCase(words.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordStart(String words, int i) {
        return i == 0 || Character.isWhitespace(words.charAt(i - 1));
    }

    /** A single capitalised function word, not written in capitals ("US" is a name). */
    private static boolean isLoneFunctionWord(String word) {
        return !word.contains(" ") && FUNCTION_WORDS.contains(word) && !ACRONYM.matcher(word).matches();
    }

    /**
     * Past a first word that is a function word, the space after it and a lower-case article ("When the Ming
     * Emperor" → "Ming Emperor"); else {@code start}.
     */
    private static int afterFunctionWord(String text, int start, int end) {
        int space = text.indexOf(' ', start);
        if (space < 0 || space >= end || !FUNCTION_WORDS.contains(text.substring(start, space))) {
            return start;
        }
        int next = skipSpaces(text, space, end);
        Matcher article = LOWER_CASE_ARTICLE.matcher(text.substring(next, end));
        return article.find() ? skipSpaces(text, next + article.end(), end) : next;
    }

    private static int skipSpaces(String text, int from, int end) {
        int next = from;
        while (next < end && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }

    private static CharArraySet functionWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        if (in == null) {
            throw new IllegalStateException("Lucene's Snowball English stop list is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.addAll(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static boolean isDate(String word) {
        return DATE.matcher(word).matches();
    }

    /**
     * Whether a word starts a sentence of the text: it is the text's first, or a full stop, question or exclamation
     * mark (with any closing quote or bracket) and a space come before it. A quote can hold two or three sentences.
     */
    private static boolean startsSentence(String text, int start) {
        if (start == firstLetter(text)) {
            return true;
        }
        int i = start - 1;
        if (i < 0 || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && "\"'’”)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i > 0 && ".!?".indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                && !Character.isUpperCase(text.charAt(i - 1));
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Drops a trailing full stop or apostrophe that ends the sentence rather than an abbreviation. */
    private static int trimEnd(String text, int start, int end) {
        while (end > start && ".’'-,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start > 2 && text.startsWith("’s", end - 2) || end - start > 2 && text.startsWith("'s", end - 2)) {
            end -= 2;
        }
        return end;
    }
}
