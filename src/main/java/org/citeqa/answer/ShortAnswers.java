package org.citeqa.answer;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citeqa.index.EnglishAnalysis;

/**
 * Picks the short answer out of a quote: for a question asking for a date, a quantity or a name, the value of that
 * type in the quote that the question does not already state, closest to the question's words in the quote. A name
 * sharing no word with the question comes before one that does; for "who" and "where", a name in the role asked for
 * ({@link NameRoles}) before one of unknown role, never one of the other.
 */
final class ShortAnswers {

    private final EnglishAnalysis analysis;
    private final NameRoles roles;

    ShortAnswers(EnglishAnalysis analysis, NameRoles roles) {
        this.analysis = analysis;
        this.roles = roles;
    }

    Optional<ShortAnswer> find(QuestionAnalysis question, Citation quote) {
        TypedSpans.Kind kind = switch (question.type()) {
            case DATE -> TypedSpans.Kind.DATE;
            case QUANTITY -> TypedSpans.Kind.QUANTITY;
            case ACTOR, PLACE -> TypedSpans.Kind.NAME;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        String text = quote.quote();
        Set<String> terms = Set.copyOf(question.terms());
        List<EnglishAnalysis.Token> tokens = analysis.tokens(text);
        List<EnglishAnalysis.Token> anchors = tokens.stream().filter(t -> terms.contains(t.term())).toList();
        List<TypedSpans.TypedSpan> dates = kind == TypedSpans.Kind.QUANTITY ? TypedSpans.find(TypedSpans.Kind.DATE, text)
                : List.of();
        String lower = question.question().toLowerCase(Locale.ROOT);
        TypedSpans.TypedSpan best = null;
        Fit bestFit = null;
        for (TypedSpans.TypedSpan span : TypedSpans.find(kind, text)) {
            if (stated(span, terms, lower) || kind == TypedSpans.Kind.NAME && letters(span.text()) < 2) {
                continue; // "R" of "R&B" is no name
            }
            if (kind == TypedSpans.Kind.QUANTITY) {
                boolean date = dates.stream().anyMatch(d -> d.start() < span.end() && span.start() < d.end());
                // "15" of "April 15", the year 2015 and a lone "one" ("one of the best") are no quantities unless
                // they count what is asked: "2000 soldiers", "one soldier".
                boolean counted = counts(span, tokens, question.countedTerms(), date || isOne(span) ? 1 : COUNT_REACH);
                if (!counted && (date || isOne(span)) || inBrackets(text, span)) {
                    continue;
                }
            }
            boolean counts = kind == TypedSpans.Kind.QUANTITY
                    && counts(span, tokens, question.countedTerms(), COUNT_REACH);
            boolean knownRole = true;
            if (kind == TypedSpans.Kind.NAME) {
                NameRoles.Role role = roles.of(text, span.start(), span.end());
                if (!NameRoles.fits(question.type(), role)) {
                    continue; // a place is no answer to "who"
                }
                knownRole = NameRoles.matches(question.type(), role);
            }
            Fit fit = new Fit(!sharesWords(span, terms), counts, knownRole, closeness(span, anchors));
            if (bestFit == null || BETTER.compare(fit, bestFit) > 0) {
                best = span;
                bestFit = fit;
            }
        }
        return Optional.ofNullable(best).map(s -> new ShortAnswer(s.text(), quote.start() + s.start(),
                quote.start() + s.end()));
    }

    /**
     * How well a span fits: new words first ("Lord Alden Pryce" before "Council of Ministers Parliament" when the
     * question names the Council), then a number of what the question counts ("52 nominations" for "how many
     * nominations", not "20 prizes"), then a name in the role asked for, then the span closest to the
     * question's words.
     */
    private record Fit(boolean newWords, boolean counts, boolean knownRole, double closeness) {
    }

    private static final Comparator<Fit> BETTER = Comparator.comparing(Fit::newWords).thenComparing(Fit::counts)
            .thenComparing(Fit::knownRole).thenComparingDouble(Fit::closeness);

    /** How many analysed words after a number the counted word may stand: "27 (81%) member states". */
    private static final int COUNT_REACH = 3;

    /** Whether one of the words the question counts follows the number closely: "six prizes", "780 soldiers". */
    private static boolean counts(TypedSpans.TypedSpan span, List<EnglishAnalysis.Token> tokens, Set<String> counted,
                                  int reach) {
        return tokens.stream().filter(t -> t.start() >= span.end()).limit(reach)
                .anyMatch(t -> counted.contains(t.term()));
    }

    private static boolean isOne(TypedSpans.TypedSpan span) {
        return span.text().equalsIgnoreCase("one");
    }

    /** Whether the span stands inside square brackets: "[note 1]", "[12]" are references, not values. */
    private static boolean inBrackets(String text, TypedSpans.TypedSpan span) {
        int open = text.lastIndexOf('[', span.start());
        int close = text.indexOf(']', span.end());
        return open >= 0 && text.lastIndexOf(']', span.start()) < open && close >= 0
                && text.lastIndexOf('[', close) == open;
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetter).count();
    }

    /**
     * Characters (about six words) at which a question word counts half as much as one right beside the span. The
     * short answers of both dev sets came out the same from 10 to 80.
     */
    private static final double HALF_NEAR = 40;

    /**
     * How close the span stands to the question's words in the quote: each distinct word counts by its nearest
     * occurrence, fully beside the span and less with distance, so a span among several of them beats one that
     * merely touches one.
     */
    private static double closeness(TypedSpans.TypedSpan span, List<EnglishAnalysis.Token> anchors) {
        Map<String, Integer> nearest = new HashMap<>();
        for (EnglishAnalysis.Token a : anchors) {
            int d = a.start() < span.start() ? Math.max(0, span.start() - a.end()) : Math.max(0, a.start() - span.end());
            nearest.merge(a.term(), d, Math::min);
        }
        double closeness = 0;
        for (int d : nearest.values()) {
            closeness += 1 / (1 + d / HALF_NEAR);
        }
        return closeness;
    }

    /** Whether a name shares a word with the question: it is then partly what was asked about, not the answer. */
    private boolean sharesWords(TypedSpans.TypedSpan span, Set<String> questionTerms) {
        return span.kind() == TypedSpans.Kind.NAME
                && analysis.terms(span.text()).stream().anyMatch(questionTerms::contains);
    }

    private boolean stated(TypedSpans.TypedSpan span, Set<String> questionTerms, String question) {
        if (span.kind() == TypedSpans.Kind.NAME) {
            var words = analysis.terms(span.text());
            return !words.isEmpty() && questionTerms.containsAll(words);
        }
        String digits = span.text().replaceAll("[^0-9]", "");
        return digits.isEmpty() ? question.contains(span.text().toLowerCase(Locale.ROOT))
                : question.replaceAll("[^0-9 ]", "").contains(digits);
    }
}
