package org.citeqa.answer;

import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;

/**
 * A candidate answer sentence, the best-ranked hit it was found in, and how well it answers: {@code coverage}
 * of all the question's terms, {@code contentCoverage} of those that are neither names nor numbers (what is asked
 * about them), {@code namesAll}, whether it (with its neighbours) names every specific name of the question, and
 * {@code quantityStated}, whether it or the next sentence gives the quantity a quantity question asks for (for "how
 * many X", a number of X).
 */
record ScoredSentence(Sentence sentence, SearchHit hit, double coverage, double contentCoverage, boolean typeMatch,
                      boolean namesAll, boolean quantityStated, double score) {

    /** Whether this sentence may be an answer at all. */
    boolean eligible(double minCoverage, double minContentCoverage) {
        return namesAll && quantityStated && coverage >= minCoverage && contentCoverage >= minContentCoverage;
    }
}
