package org.citeqa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Years a sentence gives relative to one said before it: "Bluewake Lines withdrew from the strait two years later",
 * after "In 1991 the council bought a stake", says 1993; so do "the following year" and, backwards, "a year earlier"
 * and "the previous year". The year counted from is the last one before the phrase in the sentence, else the last in
 * the sentences of its paragraph before it (the context, whose last line is the document's title and is not read).
 * "Two years after the war" counts from an event, not a year, and is left alone.
 */
final class RelativeYears {

    private RelativeYears() {
    }

    /** The evidence with a year fact added for each relative year it gives; the evidence itself when it gives none. */
    static Statement resolve(Statement evidence, Statement context) {
        List<Fact> added = new ArrayList<>();
        List<Token> tokens = evidence.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Phrase phrase = phrase(tokens, i);
            if (phrase == null) {
                continue;
            }
            OptionalInt base = baseYear(evidence, phrase.first(), context);
            if (base.isPresent()) {
                int year = base.getAsInt() + phrase.years();
                String text = evidence.text().substring(tokens.get(phrase.first()).start(), tokens.get(i).end());
                added.add(new Fact(FactKind.YEAR, year + " (" + text + ")", String.valueOf(year), null,
                        List.of(phrase.first()), List.of(), null));
            }
        }
        if (added.isEmpty()) {
            return evidence;
        }
        List<Fact> facts = new ArrayList<>(evidence.facts());
        facts.addAll(added);
        return new Statement(evidence.text(), tokens, List.copyOf(facts), evidence.universal(), evidence.clauses());
    }

    /** A relative phrase: the index of its first token, and how many years it counts on (or back, below zero). */
    private record Phrase(int first, int years) {
    }

    /**
     * The relative phrase ending at token {@code end}, or null: "two years later" (+2), "a year earlier" (-1), "the
     * following year" (+1), "the previous year" (-1).
     */
    private static Phrase phrase(List<Token> tokens, int end) {
        String last = lower(tokens.get(end));
        String before = lower(tokens.get(end - 1));
        if ((last.equals("later") || last.equals("earlier")) && (before.equals("years") || before.equals("year"))
                && end >= 2) {
            OptionalInt n = count(tokens.get(end - 2), before.equals("year"));
            int sign = last.equals("later") ? 1 : -1;
            return n.isPresent() ? new Phrase(end - 2, sign * n.getAsInt()) : null;
        }
        if (last.equals("year") && end >= 2 && lower(tokens.get(end - 2)).equals("the")) {
            return switch (before) {
                case "following", "next" -> new Phrase(end - 2, 1);
                case "previous", "preceding" -> new Phrase(end - 2, -1);
                default -> null;
            };
        }
        return null;
    }

    /** How many years a word counts: digits up to 99, a number word, or "a"/"one" before "year". */
    private static OptionalInt count(Token word, boolean single) {
        String w = lower(word);
        if (single) {
            return w.equals("a") || w.equals("one") ? OptionalInt.of(1) : OptionalInt.empty();
        }
        if (word.digits() && w.matches("\\d{1,2}")) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        Integer n = Lexicon.NUMBER_WORDS.get(w);
        return n == null || n >= 100 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** The last plain year before token {@code at} in the sentence, else in its context's sentences; empty if none. */
    private static OptionalInt baseYear(Statement evidence, int at, Statement context) {
        OptionalInt own = lastYear(evidence.facts(FactKind.YEAR).stream().filter(f -> f.position() < at).toList());
        if (own.isPresent() || context == null) {
            return own;
        }
        int titleStart = context.text().lastIndexOf('\n');
        return lastYear(context.facts(FactKind.YEAR).stream()
                .filter(f -> context.tokens().get(f.position()).start() < titleStart).toList());
    }

    private static OptionalInt lastYear(List<Fact> years) {
        for (int i = years.size() - 1; i >= 0; i--) {
            String value = years.get(i).value();
            if (value.matches("\\d{4}")) {
                return OptionalInt.of(Integer.parseInt(value));
            }
        }
        return OptionalInt.empty();
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
