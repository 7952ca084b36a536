package org.citeqa.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;

/**
 * What the answerer needs to know about a question: the kind of answer it asks for, its content terms
 * (analysed, question words removed, distinct), and its constraints: numbers and names that an answer's
 * sentence should agree with; for "how many" questions, the analysed words of what is counted. {@code sequence}
 * is its content terms in the question's order, repeats kept. {@code measureTerms} are the adjectives of a measure
 * asked ("long" of "how long"): no terms a sentence must state, but where one does, its value stands by them ("as
 * high as 11 million"). {@code typeByNoun}: the type was read from the noun "which" or "what" asks about ("Which
 * parliamentary leader…"), not from the question words.
 */
public record QuestionAnalysis(String question, AnswerType type, List<String> terms, List<String> sequence,
                               Set<String> numbers, Set<String> names, Set<String> nameTerms, Set<String> countedTerms,
                               Set<String> measureTerms, boolean typeByNoun) {

    /** Whether the question asks "how much": an amount, which a sum of money or a measure states. */
    boolean asksAmount() {
        return HOW_MUCH.matcher(question).find();
    }

    private static final Pattern HOW_MUCH = Pattern.compile("\\bhow much\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the question asks "how long": a measure of time or length ("seven weeks", "412 feet"). */
    boolean asksLength() {
        return HOW_LONG.matcher(question).find();
    }

    private static final Pattern HOW_LONG = Pattern.compile("\\bhow long\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the question names anything to look for: a word of two characters or more. "x" or "a b" matches a
     * stray letter of a document ("b. There is…", "src=x"), which answers nothing.
     */
    boolean namesSomething() {
        return terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) > 1);
    }

    /**
     * Whether the question already states a typed value, which then does not answer it ("in 2008" does not answer
     * "what happened in 2008"): a name all of whose words it has, whose initials it writes in a row ("CMO" for
     * "the Corvath Maritime Office"), or which it writes as initials ("EU" for "European Union"); a date or number
     * each of whose numbers is one of the question's {@code numbers} ("March 26, 2013" in "What happened on March 26, 2013?", but not "20" in "in 2013"; "51,000" and
     * "51000" are one number), or, without numbers ("half"), whose words it has.
     */
    boolean states(TypedSpans.TypedSpan span, EnglishAnalysis analysis) {
        if (span.kind() == TypedSpans.Kind.NAME) {
            List<String> words = analysis.terms(span.text());
            return !words.isEmpty() && terms.containsAll(words) || TypedSpans.acronymIn(span.text(), question)
                    || TypedSpans.initialsIn(span.text(), question);
        }
        Set<String> own = QuestionAnalyzer.numbers(span.text());
        return own.isEmpty() ? question.toLowerCase(Locale.ROOT).contains(span.text().toLowerCase(Locale.ROOT))
                : numbers.containsAll(own);
    }
}
