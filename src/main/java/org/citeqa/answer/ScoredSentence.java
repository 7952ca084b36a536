package org.citeqa.answer;

import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;

/**
 * A candidate answer sentence, the best-ranked hit it was found in, and how well it answers: {@code coverage}
 * of all the question's terms, {@code contentCoverage} of those that are neither names nor numbers (what is asked
 * about them), and {@code namesAll}, whether it (with its neighbours) names every specific name of the question.
 */
record ScoredSentence(Sentence sentence, SearchHit hit, double coverage, double contentCoverage, boolean typeMatch,
                      boolean namesAll, double score) {

    /** Whether this sentence may be an answer at all. */
    boolean eligible(double minCoverage, double minContentCoverage) {
        return namesAll && coverage >= minCoverage && contentCoverage >= minContentCoverage;
    }
}
