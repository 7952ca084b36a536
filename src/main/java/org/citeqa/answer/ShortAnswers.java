package org.citeqa.answer;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.citeqa.index.EnglishAnalysis;

/**
 * Picks the short answer out of a quote: for a question asking for a date, a quantity or a name, the value of that
 * type in the quote that the question does not already state, nearest to the question's words in the quote; for "who"
 * and "where", a name in the role asked for ({@link NameRoles}) before one of unknown role, never one of the other.
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
        int[] anchors = analysis.tokens(text).stream().filter(t -> terms.contains(t.term()))
                .mapToInt(EnglishAnalysis.Token::start).toArray();
        String lower = question.question().toLowerCase(Locale.ROOT);
        TypedSpans.TypedSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TypedSpans.TypedSpan span : TypedSpans.find(kind, text)) {
            if (stated(span, terms, lower)) {
                continue;
            }
            int distance = Integer.MAX_VALUE / 4;
            for (int a : anchors) {
                distance = Math.min(distance, a < span.start() ? span.start() - a : Math.max(0, a - span.end()));
            }
            if (kind == TypedSpans.Kind.NAME) {
                NameRoles.Role role = roles.of(text, span.start(), span.end());
                if (!NameRoles.fits(question.type(), role)) {
                    continue; // a place is no answer to "who"
                }
                distance += NameRoles.matches(question.type(), role) ? 0 : Integer.MAX_VALUE / 4; // known roles first
            }
            if (distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(s -> new ShortAnswer(s.text(), quote.start() + s.start(),
                quote.start() + s.end()));
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
