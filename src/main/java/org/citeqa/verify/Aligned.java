package org.citeqa.verify;

/** A candidate with how the claim fares against it. */
record Aligned(Candidate candidate, AgreementResult result) {

    /**
     * A refutation stated outright (polarity, exception) outranks a rival value that might be another event, and a
     * rival value next to the words the claim shares ("Rambouillet, France") outranks one further off.
     */
    double refuteScore() {
        boolean explicit = result.contradictions().stream().anyMatch(Contradiction::explicit);
        int distance = result.contradictions().stream().mapToInt(Contradiction::distance).min().orElse(0);
        long values = result.contradictions().stream().filter(c -> !c.explicit()).count();
        // Several rival values at once suggest another event rather than this one misstated.
        double others = 0.1 * Math.max(0, values - 1);
        return result.restCoverage() + (explicit ? 0.1 : 0) - Math.min(0.1, 0.01 * distance) - others;
    }
}
