package org.citeqa.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citeqa.index.Sentence;
import org.citeqa.index.SentenceTable;
import org.citeqa.index.SentenceVectors;
import org.citeqa.search.SearchHit;

/**
 * Scores a candidate sentence against a question: IDF-weighted coverage of the question's terms (terms found
 * only in the neighbouring sentences count for less, and names not at all: "the population of Belgrade" must
 * name Belgrade), whether the sentence holds the kind of answer asked for,
 * agreement with the question's numbers, and a small prior for the retrieval rank of its passage. It also tells
 * whether the sentence may answer at all: whether it states what the question asks about its names (content
 * coverage) and, for a quantity question, a quantity of the right thing.
 */
final class SentenceScorer {

    static final double NEIGHBOUR_CREDIT = 0.5;
    static final double TYPE_WEIGHT = 0.3;
    static final double MISSING_NUMBER_PENALTY = 0.25;
    static final double RANK_PRIOR = 0.05;
    /** Names this common (Kosovo in a corpus about Kosovo) are often left implicit; rarer ones must be named. */
    static final double IMPLICIT_NAME_IDF = 1.5;
    /** How many analysed words after a number the counted word may stand: "27 (81%) member states". */
    static final int COUNT_REACH = 3;

    private final SentenceTable table;
    private final Set<String> numberWords;
    private final SentenceVectors vectors;
    private final float[] questionVector;
    private final double similarityWeight;

    /**
     * {@code numberWords} are the analysed number words ("two", "million"); {@code vectors} and
     * {@code questionVector} may be null: then meaning plays no part.
     */
    SentenceScorer(SentenceTable table, Set<String> numberWords, SentenceVectors vectors, float[] questionVector,
                   double similarityWeight) {
        this.table = table;
        this.numberWords = numberWords;
        this.vectors = vectors;
        this.questionVector = questionVector;
        this.similarityWeight = vectors == null || questionVector == null ? 0 : similarityWeight;
    }

    ScoredSentence score(QuestionAnalysis question, Sentence sentence, SearchHit hit, String documentText) {
        Set<String> own = sentence.matchTerms();
        double total = 0;
        double covered = 0;
        double contentTotal = 0;
        double contentCovered = 0;
        for (String term : question.terms()) {
            double idf = table.idf(term);
            boolean name = question.nameTerms().contains(term);
            double credit = own.contains(term) ? 1 : !name && aroundStates(sentence, term) ? NEIGHBOUR_CREDIT : 0;
            total += idf;
            covered += credit * idf;
            if (!name && !Character.isDigit(term.charAt(0))) {
                contentTotal += idf;
                contentCovered += credit * idf;
            }
        }
        double coverage = total == 0 ? 0 : covered / total;
        // What the question says about its names ("the population of", "signed") must be stated too: rare names
        // alone can carry the coverage of a sentence that merely mentions them.
        double contentCoverage = contentTotal == 0 ? 1 : contentCovered / contentTotal;
        boolean namesAll = question.nameTerms().stream()
                .allMatch(name -> own.contains(name) || aroundStates(sentence, name) || table.idf(name) < IMPLICIT_NAME_IDF);
        String text = sentence.span().of(documentText);
        boolean typeMatch = AnswerTypeMatcher.matches(question.type(), text, question);
        double score = coverage
                + (typeMatch ? TYPE_WEIGHT : 0)
                - MISSING_NUMBER_PENALTY * missingNumberShare(question, text)
                + RANK_PRIOR / hit.rank()
                + (similarityWeight == 0 ? 0 : similarityWeight * SentenceVectors.similarity(questionVector, vectors.of(sentence)));
        boolean quantityStated = question.type() != AnswerType.QUANTITY || statesQuantity(sentence, question)
                || next(sentence).map(n -> statesQuantity(n, question)).orElse(false);
        return new ScoredSentence(sentence, hit, coverage, contentCoverage, typeMatch, namesAll, quantityStated, score);
    }

    /**
     * Whether the sentence gives a quantity the question asks for: a number of what a "how many" question counts,
     * else any number the question does not already state.
     */
    private boolean statesQuantity(Sentence sentence, QuestionAnalysis question) {
        if (!question.countedTerms().isEmpty()) {
            return statesCount(sentence, question.countedTerms());
        }
        for (String term : sentence.terms()) {
            if (numberWords.contains(term) || Character.isDigit(term.charAt(0))
                    && !question.numbers().contains(QuestionAnalyzer.normaliseNumber(term))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number in the sentence counts what the question counts: "780 soldiers", "Two demonstrators",
     * "27 member-states". A sentence whose only number counts something else does not answer "how many".
     */
    private boolean statesCount(Sentence sentence, Set<String> counted) {
        List<String> terms = sentence.terms();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (Character.isDigit(term.charAt(0)) || numberWords.contains(term)) {
                for (int j = i + 1; j < terms.size() && j <= i + COUNT_REACH; j++) {
                    if (counted.contains(terms.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Optional<Sentence> next(Sentence sentence) {
        List<Sentence> all = table.of(sentence.documentId());
        return sentence.index() + 1 < all.size() ? Optional.of(all.get(sentence.index() + 1))
                : Optional.empty();
    }

    /** Whether the sentence before or after this one states the term (no set built: this runs per term). */
    private boolean aroundStates(Sentence sentence, String term) {
        List<Sentence> all = table.of(sentence.documentId());
        int i = sentence.index();
        return i > 0 && all.get(i - 1).matchTerms().contains(term)
                || i + 1 < all.size() && all.get(i + 1).matchTerms().contains(term);
    }

    /** Share of the question's numbers (years, days, counts) that the sentence does not state. */
    private static double missingNumberShare(QuestionAnalysis question, String text) {
        if (question.numbers().isEmpty()) {
            return 0;
        }
        Set<String> stated = QuestionAnalyzer.numbers(text);
        long missing = question.numbers().stream().filter(n -> !stated.contains(n)).count();
        return (double) missing / question.numbers().size();
    }
}
