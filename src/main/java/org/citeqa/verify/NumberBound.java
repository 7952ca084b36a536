package org.citeqa.verify;

import java.util.Locale;
import java.util.Map;

/**
 * A number's bound, as a number fact's value carries it: "more than 300" is {@code >300}, "at most five" {@code <=5},
 * an exact number has none. A bound is stated by any number within it (312 states "more than 300") and contradicted
 * by one outside it (250). Closed-class grammar.
 */
final class NumberBound {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("more than", ">"), Map.entry("over", ">"), Map.entry("above", ">"),
            Map.entry("greater than", ">"), Map.entry("fewer than", "<"), Map.entry("less than", "<"),
            Map.entry("under", "<"), Map.entry("below", "<"), Map.entry("at least", ">="), Map.entry("at most", "<="));

    private NumberBound() {
    }

    /** The bound the words set ({@code ">"}, {@code "<="}…), or empty. */
    static String of(String words) {
        return WORDS.getOrDefault(words.toLowerCase(Locale.ROOT), "");
    }

    /** The number without its bound: "300" of "&gt;300". */
    static String plain(String value) {
        int digits = 0;
        while (digits < value.length() && (value.charAt(digits) == '<' || value.charAt(digits) == '>'
                || value.charAt(digits) == '=')) {
            digits++;
        }
        return value.substring(digits);
    }

    static boolean bounded(String value) {
        return !value.isEmpty() && (value.charAt(0) == '<' || value.charAt(0) == '>');
    }

    /**
     * Whether an exact number lies within a bound ({@code exact} "312" within {@code bound} "&gt;300"); false when
     * either is not of that form.
     */
    static boolean within(String exact, String bound) {
        if (bounded(exact) || !bounded(bound)) {
            return false;
        }
        String op = bound.startsWith(">=") || bound.startsWith("<=") ? bound.substring(0, 2) : bound.substring(0, 1);
        double limit;
        double number;
        try {
            limit = Double.parseDouble(bound.substring(op.length()));
            number = Double.parseDouble(exact);
        } catch (NumberFormatException e) {
            return false;
        }
        return switch (op) {
            case ">" -> number > limit;
            case "<" -> number < limit;
            case ">=" -> number >= limit;
            default -> number <= limit;
        };
    }
}
