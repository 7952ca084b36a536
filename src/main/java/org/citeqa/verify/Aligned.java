package org.citeqa.verify;

/** A candidate with how the claim fares against it. */
record Aligned(Candidate candidate, AgreementResult result) {

    /**
     * A refutation stated outright (polarity, exception) outranks a rival value that might be another event, and a
     * rival value next to the words the claim shares ("Gdansk, Pomerania") outranks one further off.
     */
    double refuteScore() {
        boolean explicit = result.contradictions().stream().anyMatch(Contradiction::explicit);
        int distance = result.contradictions().stream().mapToInt(Contradiction::distance).min().orElse(0);
        long values = result.contradictions().stream().filter(c -> !c.explicit()).count();
        // Several rival values at once suggest another event rather than this one misstated.
        double others = 0.1 * Math.max(0, values - 1);
        // Names only the context states make it less sure the sentence speaks of the claim's event.
        double context = 0.1 * result.contextNames();
        return result.restCoverage() + (explicit ? 0.1 : 0) - Math.min(0.1, 0.01 * distance) - others - context;
    }

    /** How well the sentence supports the claim: its coverage, and its meaning when embeddings are on. */
    double supportScore() {
        return result.coverage() + similarityOrZero();
    }

    /** Refute score on the support score's scale, for deciding between a supporting and a refuting sentence. */
    double weighedRefuteScore() {
        return refuteScore() + similarityOrZero();
    }

    private double similarityOrZero() {
        return Double.isNaN(candidate.similarity()) ? 0 : candidate.similarity();
    }
}
