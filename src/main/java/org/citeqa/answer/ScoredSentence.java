package org.citeqa.answer;

import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;

/**
 * A candidate answer sentence, the best-ranked hit it was found in, and how well it answers: {@code namesAll}
 * tells whether it (with its neighbours) names every specific name of the question.
 */
record ScoredSentence(Sentence sentence, SearchHit hit, double coverage, boolean typeMatch, boolean namesAll,
                      double score) {

    /** Whether this sentence may be an answer at all. */
    boolean eligible(double minCoverage) {
        return namesAll && coverage >= minCoverage;
    }
}
