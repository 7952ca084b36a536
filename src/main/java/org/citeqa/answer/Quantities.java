package org.citeqa.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;

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
 */
record Quantities(String text, List<TypedSpans.TypedSpan> quantities, List<EnglishAnalysis.Token> tokens,
                  List<TypedSpans.TypedSpan> dates, Set<String> counted) {

    /** How many analysed words after a number the counted word may stand: "27 (81%) member states". */
    static final int REACH = 3;
    /** What ends the phrase a number begins: "In 2006, animals were moved" does not count animals. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.!?]");

    /** The sentence's numbers, found afresh. */
    static Quantities of(String text, List<EnglishAnalysis.Token> tokens, Set<String> counted) {
        return new Quantities(text, TypedSpans.find(TypedSpans.Kind.QUANTITY, text), tokens,
                TypedSpans.find(TypedSpans.Kind.DATE, text), counted);
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

    /** Whether any quantity of the sentence counts one of the counted words. */
    boolean anyCounts() {
        return quantities.stream().anyMatch(this::counts);
    }

    /**
     * Whether the quantity can answer the question: "15" of "April 15", the year 2015 and a lone "one" cannot, unless
     * they count what is asked; "[note 1]" is a reference; and a sum of money ("$6.7 billion") counts no people or
     * things, so it answers "how much" but not "how many".
     */
    boolean answers(TypedSpans.TypedSpan quantity) {
        return !((inDate(quantity) || isOne(quantity)) && !counts(quantity) || inBrackets(quantity)
                || !counted.isEmpty() && MONEY.matcher(quantity.text()).lookingAt());
    }

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
