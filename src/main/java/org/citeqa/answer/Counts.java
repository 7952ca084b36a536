package org.citeqa.answer;

import java.util.List;
import java.util.Set;
import org.citeqa.index.EnglishAnalysis;

/**
 * Whether a number in a sentence counts what a "how many" question counts: "780 soldiers" for "how many soldiers",
 * not "20 prizes". The sentence signals and the short answers share this rule, so a sentence is not rated as giving
 * the count while its short answer finds none.
 */
final class Counts {

    /** How many analysed words after a number the counted word may stand: "27 (81%) member states". */
    static final int REACH = 3;

    private Counts() {
    }

    /**
     * Whether the quantity counts one of the counted words. A number that is part of a date ("17" and "2008" of "the
     * March 17, 2008 attack on KFOR peacekeepers") or a lone "one" ("one of the best") counts only what stands right
     * after it: "2000 soldiers", "one soldier".
     *
     * @param tokens the sentence's analysed words, with offsets in the same text as the spans
     * @param dates  the sentence's date spans
     */
    static boolean counts(TypedSpans.TypedSpan quantity, List<EnglishAnalysis.Token> tokens, Set<String> counted,
                          List<TypedSpans.TypedSpan> dates) {
        int reach = inDate(quantity, dates) || isOne(quantity) ? 1 : REACH;
        return tokens.stream().filter(t -> t.start() >= quantity.end()).limit(reach)
                .anyMatch(t -> counted.contains(t.term()));
    }

    /** Whether any quantity of the text counts one of the counted words. */
    static boolean anyCounts(List<TypedSpans.TypedSpan> quantities, List<EnglishAnalysis.Token> tokens,
                             Set<String> counted, List<TypedSpans.TypedSpan> dates) {
        return quantities.stream().anyMatch(q -> counts(q, tokens, counted, dates));
    }

    static boolean inDate(TypedSpans.TypedSpan span, List<TypedSpans.TypedSpan> dates) {
        return dates.stream().anyMatch(d -> d.start() < span.end() && span.start() < d.end());
    }

    static boolean isOne(TypedSpans.TypedSpan span) {
        return span.text().equalsIgnoreCase("one");
    }
}
