package org.citeqa.verify;

import java.util.List;

/**
 * How one statement fares against one evidence sentence. {@code coverage} is the weighted share of the
 * statement's words the evidence states; {@code restCoverage} the same share leaving out the contradicted values,
 * which tells whether the evidence speaks of the same event. {@code predicateCovered} says the statement's
 * main verb (if it has one) or a counted quantity is stated.
 */
public record AgreementResult(double coverage, double restCoverage, boolean predicateCovered,
                              List<Fact> matched, List<Fact> missing, List<Contradiction> contradictions,
                              List<String> matchedWords, List<String> missingWords, Statement evidence) {

    public boolean contradicted() {
        return !contradictions.isEmpty();
    }

    /** No contradiction and every key fact found. */
    public boolean consistent() {
        return contradictions.isEmpty() && missing.isEmpty();
    }

    boolean quantityMatched() {
        return matched.stream().anyMatch(f -> f.kind() == FactKind.NUMBER && f.unit() != null);
    }
}
