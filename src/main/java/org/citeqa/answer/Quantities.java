package org.citeqa.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.SemanticClass;
import org.citeqa.language.WordNet;

/**
 * The numbers of one sentence as a "how many" or "how much" question reads them: which can answer it at all, and
 * which count what it counts ("780 soldiers" for "how many soldiers", not "20 prizes"). The sentence signals and the
 * short answers share these rules, so a sentence is not rated as giving the number while its short answer finds none.
 *
 * @param text       the sentence
 * @param quantities its {@link TypedSpans.Kind#QUANTITY} spans
 * @param tokens     its analysed words, with offsets in {@code text}
 * @param dates      its {@link TypedSpans.Kind#DATE} spans
 * @param counted    the analysed words of what the question counts, empty when it counts nothing
 * @param amount     whether the question asks "how much": a sum of money can answer it, whatever it counts
 * @param length     whether the question asks "how long": only a measure answers it ("seven weeks", not "ten per cent")
 * @param measure    whether a word names a unit of measure or of time ("seconds", "metres"), as WordNet knows it
 */
record Quantities(String text, List<TypedSpans.TypedSpan> quantities, List<EnglishAnalysis.Token> tokens,
                  List<TypedSpans.TypedSpan> dates, Set<String> counted, boolean amount, boolean length,
                  Predicate<String> measure) {

    /**
     * Whether WordNet knows a word, or its base form, as a unit of measure or of time, or a stretch of time ("seconds",
     * "metres", "years"), as {@code measure} asks.
     */
    static Predicate<String> unitsIn(WordNet wordNet) {
        return unitsIn(wordNet, SemanticClass.QUANTITY_UNIT, SemanticClass.TIME_UNIT, SemanticClass.TIME_PERIOD);
    }

    /** Whether WordNet knows a word, or its base form, as a kind of one of the classes of units. */
    static Predicate<String> unitsIn(WordNet wordNet, SemanticClass... classes) {
        Predicate<String> unit = w -> Arrays.stream(classes).anyMatch(c -> wordNet.isCommonNounKindOf(w, c));
        // "minutes" is a word of its own in WordNet (a meeting's record): the singular is looked up too
        return word -> unit.test(word) || wordNet.lemmas(word).stream().anyMatch(unit)
                || word.length() > 3 && word.endsWith("s") && unit.test(word.substring(0, word.length() - 1));
    }

    /** How many analysed words after a number the counted word may stand: "27 (81%) member states". */
    static final int REACH = 3;
    /** What ends the phrase a number begins: "In 2006, animals were moved" does not count animals. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?]");

    /** The sentence's numbers, found afresh, as the question reads them. */
    static Quantities of(String text, List<EnglishAnalysis.Token> tokens, QuestionAnalysis question,
                         Predicate<String> measure) {
        return new Quantities(text, TypedSpans.find(TypedSpans.Kind.QUANTITY, text), tokens,
                TypedSpans.find(TypedSpans.Kind.DATE, text), question.countedTerms(), question.asksAmount(),
                question.asksLength(), measure);
    }

    /**
     * Whether the quantity counts one of the counted words. A number that is part of a date ("17" and "2008" of "the
     * March 17, 2008 attack on Tidewatch wardens") or a lone "one" ("one of the best") counts only what stands right
     * after it: "2000 soldiers", "one soldier".
     */
    boolean counts(TypedSpans.TypedSpan quantity) {
        int reach = inDate(quantity) || isOne(quantity) ? 1 : REACH;
        return tokens.stream().filter(t -> t.start() >= quantity.end()).limit(reach)
                .takeWhile(t -> !CLAUSE_BREAK.matcher(text.substring(quantity.end(), t.start())).find())
                .anyMatch(t -> counted.contains(t.term()));
    }

    /**
     * Whether the quantity counts a word the question names without counting it, as the frame of what it asks: "eleven"
     * of "raised 14,000 crowns from eleven local investors" for "How much capital did he collect from local
     * investors?": a count of things is no amount. Only a word {@code contentWord} knows counts (a noun, say, not the
     * "from" both share).
     */
    boolean countsAFramingWord(TypedSpans.TypedSpan quantity, Set<String> framingTerms, Predicate<String> contentWord) {
        if (statesAmount(quantity)) {
            return false; // "$457 million in donated money" is the amount, said with the question's words
        }
        int next = quantities.stream().mapToInt(TypedSpans.TypedSpan::start).filter(at -> at >= quantity.end())
                .min().orElse(text.length());
        return tokens.stream().filter(t -> t.start() >= quantity.end() && t.end() <= next).limit(REACH)
                .takeWhile(t -> !CLAUSE_BREAK.matcher(text.substring(quantity.end(), t.start())).find())
                .anyMatch(t -> framingTerms.contains(t.term()) && !counted.contains(t.term())
                        && contentWord.test(text.substring(t.start(), t.end())));
    }

    /**
     * Whether the word right after the quantity is one of the counted words: "48,000 vehicles and 160 trains cross it"
     * counts vehicles with 48,000, while 160 reaches the question's "cross" only across its own noun.
     */
    boolean countsDirectly(TypedSpans.TypedSpan quantity) {
        return wordAfter(quantity).map(t -> counted.contains(t.term())).orElse(false);
    }

    /** The analysed word right after the quantity in its phrase (no comma or stop between them), if any. */
    private Optional<EnglishAnalysis.Token> wordAfter(TypedSpans.TypedSpan quantity) {
        return tokens.stream().filter(t -> t.start() >= quantity.end()).findFirst()
                .filter(t -> !CLAUSE_BREAK.matcher(text.substring(quantity.end(), t.start())).find());
    }

    /**
     * Whether the quantity counts what the question asks for, as its short answer: it {@link #counts} the counted
     * word, or it is the part of a whole that does and the question asks more than how many there are. 23 answers
     * "How many members have recognised the islands?" from "Of the 27 members, 23 have recognised the islands" (and
     * from "23 of the 27 members have…"), and the whole, 27, then does not; "How many members does the Northern League
     * have?" asks for the whole. Only the short answer weighs this: the sentence gives a count either way, so the
     * signals keep {@link #counts}.
     *
     * @param askedTerms the question's words other than what it counts and its names ("recognise", "island"): the
     *                   part is asked for when its sentence states one of them outside the words joining part and
     *                   whole ("out of a total of")
     */
    boolean countsAsked(TypedSpans.TypedSpan quantity, Set<String> askedTerms) {
        for (TypedSpans.TypedSpan other : quantities) {
            if (other == quantity) {
                continue;
            }
            if (counts(other) && partAsked(quantity, other, askedTerms)) {
                return true; // the part asked for
            }
            if (counts(quantity) && partAsked(other, quantity, askedTerms)) {
                return false; // the whole of the part asked for
            }
        }
        return counts(quantity);
    }

    /**
     * For a question that counts nothing ("How much of its cost did the grant cover?"), whether the quantity is the
     * part of a whole that the question asks for: "9 million" of "cost 27 million crowns, of which 9 million came from
     * a clean-transport grant" ({@link #countsAsked} weighs the same for a question that counts).
     */
    boolean isAskedPart(TypedSpans.TypedSpan quantity, Set<String> askedTerms) {
        return counted.isEmpty() && quantities.stream()
                .anyMatch(whole -> whole != quantity && partAsked(quantity, whole, askedTerms));
    }

    private boolean isPartOf(TypedSpans.TypedSpan part, TypedSpans.TypedSpan whole) {
        if (whole.start() >= part.end()) {
            return PART_BEFORE_WHOLE.matcher(text.substring(part.end(), whole.start())).matches();
        }
        return whole.end() <= part.start() && WHOLE_OPENS.matcher(text.substring(0, whole.start())).find()
                && firstAfterComma(whole, part);
    }

    /**
     * Whether the question asks for the part rather than the whole it belongs to: the part's sentence states an asked
     * word beyond the words joining them, or, for a whole broken into several parts ("90 helicopters, of which 60
     * were provided by the air force and 30 by airlines"), the part's own phrase does.
     */
    private boolean partAsked(TypedSpans.TypedSpan part, TypedSpans.TypedSpan whole, Set<String> askedTerms) {
        if (isPartOf(part, whole)) {
            return asksBeyond(whole, part, askedTerms);
        }
        return whole.end() <= part.start()
                && WHOLE_THEN_PARTS.matcher(text.substring(whole.end(), part.start())).matches()
                && statesAfter(part, askedTerms);
    }

    /** Whether the phrase after the quantity, up to the next comma, bracket or sentence end, states an asked word. */
    private boolean statesAfter(TypedSpans.TypedSpan quantity, Set<String> askedTerms) {
        Matcher end = PHRASE_END.matcher(text).region(quantity.end(), text.length());
        return statesAsked(quantity.end(), end.find() ? end.start() : text.length(), -1, -1, askedTerms);
    }

    private static final Pattern PHRASE_END = Pattern.compile("[,;:.!?()]");

    /** Whether the part's sentence states an asked word, outside the words that join part and whole. */
    private boolean asksBeyond(TypedSpans.TypedSpan whole, TypedSpans.TypedSpan part, Set<String> askedTerms) {
        int from = lastSentenceEnd(Math.min(part.start(), whole.start()));
        int to = nextSentenceEnd(Math.max(part.end(), whole.end()));
        return statesAsked(from, to, Math.min(part.end(), whole.end()), Math.max(part.start(), whole.start()),
                askedTerms);
    }

    /** Whether a word at {@code [from, to)} of the text, outside {@code [skipFrom, skipTo)}, is an asked word. */
    private boolean statesAsked(int from, int to, int skipFrom, int skipTo, Set<String> askedTerms) {
        return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to
                && !(t.start() >= skipFrom && t.end() <= skipTo) && askedTerms.contains(t.term()));
    }

    private int lastSentenceEnd(int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private int nextSentenceEnd(int after) {
        for (int i = after; i < text.length(); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }

    private static final String SENTENCE_END = ".!?";

    /**
     * Between a part and its whole: "23 of the 27", "two of its four", "780 (8%) out of a total of 10,000".
     * Closed-class grammar.
     */
    private static final Pattern PART_BEFORE_WHOLE = Pattern.compile("\\s*(?:\\([^()]*\\)\\s*)?(?:out\\s+)?of\\s+"
            + "(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+|all\\s+|a\\s+total\\s+of\\s+)?");
    /**
     * Between a whole and one of the parts it is broken into: "90 helicopters, of which 60", "184 people (consisting
     * of 12 from …, 150", "69,180 deaths including 68,636".
     */
    private static final Pattern WHOLE_THEN_PARTS = Pattern.compile("[^.;:()]{0,40}?(?:,\\s*|\\s*\\(\\s*|\\s+)"
            + "(?:of\\s+(?:which|whom)|including|consisting\\s+of|among\\s+(?:them|which|whom))\\b[^.;:()]{0,100}");
    /** Before a whole that opens its clause: "Of the 27", "…; out of all 27". */
    private static final Pattern WHOLE_OPENS = Pattern.compile(
            "(?:^|[.;:!?]\\s*)(?:[Oo]ut\\s+of|[Oo]f)\\s+(?:the\\s+|all\\s+)?$");

    /** Whether the part is the first number after the comma that ends the whole's phrase: "Of the 27 members, 23". */
    private boolean firstAfterComma(TypedSpans.TypedSpan whole, TypedSpans.TypedSpan part) {
        int comma = text.indexOf(',', whole.end());
        if (comma < 0 || comma > part.start() || text.substring(whole.end(), comma).matches(".*[;:.].*")) {
            return false;
        }
        return quantities.stream().noneMatch(q -> q.start() > comma && q.start() < part.start())
                && text.substring(comma + 1, part.start()).isBlank();
    }

    /** Whether any quantity of the sentence counts one of the counted words. */
    boolean anyCounts() {
        return quantities.stream().anyMatch(this::counts);
    }

    /**
     * Whether the quantity can answer the question: "15" of "April 15", the year 2015 and a lone "one" cannot, unless
     * they count what is asked; "[note 1]" is a reference; and a sum of money ("$6.7 billion") or a measure ("41
     * seconds") counts no people or things, so it answers "how much" or "how long" but not "how many members"; "how
     * long" only a measure answers. A sum answers "how much money" even though the question counts "money".
     */
    boolean answers(TypedSpans.TypedSpan quantity) {
        return !((inDate(quantity) || isOne(quantity)) && !counts(quantity) || inBrackets(quantity)
                || !counted.isEmpty() && !amount && MONEY.matcher(quantity.text()).lookingAt()
                || !counted.isEmpty() && !counts(quantity) && measures(quantity)
                || length && !measures(quantity));
    }

    /**
     * The same for the short answer, where a quantity in a unit of measurement ({@code quantityUnit}: currencies,
     * metres, not years) answers "how much" whatever the question counts: "14,000 crowns" for "How much capital did he
     * raise?", not "three years" for "How much money was given?" (the signals keep {@link #answers}, as the model was
     * trained).
     */
    boolean answersAsShort(TypedSpans.TypedSpan quantity, Predicate<String> quantityUnit) {
        return answers(quantity) || amount && !inDate(quantity) && !inBrackets(quantity)
                && unitAfter(quantity, quantityUnit);
    }

    /**
     * Whether the quantity states an amount, what "how much" asks: a sum of money, a share ("32%") or a measure
     * ("500 million square feet"), not a count of things ("108 shows", "180,000 employees"). A bare number ending its
     * phrase borrows another's unit: "cost 14 million kroner, of which the Ministry paid 9 million".
     */
    boolean isAmount(TypedSpans.TypedSpan quantity) {
        return statesAmount(quantity) || wordAfter(quantity).isEmpty()
                && quantities.stream().anyMatch(q -> q != quantity && statesAmount(q));
    }

    /** Whether the quantity itself says it is an amount: a currency sign, a share or a unit after it. */
    private boolean statesAmount(TypedSpans.TypedSpan quantity) {
        return MONEY.matcher(quantity.text()).lookingAt() || SHARE.matcher(quantity.text()).find()
                || measures(quantity);
    }

    /** A share, as {@link TypedSpans} takes it into a quantity. */
    private static final Pattern SHARE = Pattern.compile("(?:%|percent|per cent)$");

    /**
     * Whether the quantity is a measure: a unit of measure or of time follows it ("9 minutes 41 seconds", "214
     * metres"), which answers "how long" but counts no members, people or things.
     */
    private boolean measures(TypedSpans.TypedSpan quantity) {
        return unitAfter(quantity, measure);
    }

    /** Whether the word right after the quantity, in its phrase, is one the unit test knows. */
    private boolean unitAfter(TypedSpans.TypedSpan quantity, Predicate<String> unit) {
        return wordAfter(quantity).map(t -> unit.test(text.substring(t.start(), t.end()))).orElse(false);
    }

    /**
     * Where the quantity ends with its unit, when one follows it: "31 metres", "22 nautical miles" (an adjective may
     * stand before the unit, as {@code adjective} knows one); the quantity's own end when none does. A measure
     * without its unit ("31") does not say what it measures.
     */
    int endWithUnit(TypedSpans.TypedSpan quantity, Predicate<String> adjective) {
        Matcher next = NEXT_WORD.matcher(text).region(quantity.end(), text.length());
        if (!next.lookingAt()) {
            return quantity.end();
        }
        if (isUnit(next)) {
            return next.end();
        }
        String modifier = next.group(1);
        next.region(next.end(), text.length());
        return Character.isLowerCase(modifier.charAt(0)) && adjective.test(modifier) && next.lookingAt()
                && isUnit(next) ? next.end() : quantity.end();
    }

    /** Whether the word found is a unit: a word of the analysis (not a grammar word such as "in") that is a measure. */
    private boolean isUnit(Matcher word) {
        return tokens.stream().anyMatch(t -> t.start() == word.start(1)) && measure.test(word.group(1));
    }

    /** A space and the word after it, a whole word ("m" of "m2" is none). */
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\u00a0]+(\\p{L}+)(?![\\p{L}\\d])");

    /** A currency sign, as {@link TypedSpans} takes it into a quantity. */
    private static final Pattern MONEY = Pattern.compile("[$€£]");

    private boolean inDate(TypedSpans.TypedSpan span) {
        return dates.stream().anyMatch(d -> d.start() < span.end() && span.start() < d.end());
    }

    private static boolean isOne(TypedSpans.TypedSpan span) {
        return span.text().equalsIgnoreCase("one");
    }

    /** Whether the span stands inside square brackets: "[note 1]", "[12]" are references, not values. */
    private boolean inBrackets(TypedSpans.TypedSpan span) {
        int open = text.lastIndexOf('[', span.start());
        int close = text.indexOf(']', span.end());
        return open >= 0 && text.lastIndexOf(']', span.start()) < open && close >= 0
                && text.lastIndexOf('[', close) == open;
    }
}
