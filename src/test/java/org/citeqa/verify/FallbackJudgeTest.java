package org.citeqa.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A primary judge's verdict stands only when the evidence it cites exists. */
class FallbackJudgeTest {

    private final List<Candidate> candidates = List.of(new Candidate(1, "d", "D", "d#0", "t", "q", 0, 1, Double.NaN));
    private final ClaimJudge fallback = (c, cs, w) -> new Judgement(Verdict.NOT_ENOUGH_INFO, 0.5, List.of(), "fallback");

    @Test
    void keepsAWellCitedVerdict() {
        ClaimJudge primary = (c, cs, w) -> new Judgement(Verdict.SUPPORTED, 0.9, List.of(1), "primary");
        assertEquals("primary", new FallbackJudge(primary, fallback).judge("x", candidates, TermWeights.uniform()).explanation());
    }

    @Test
    void dropsAVerdictCitingMissingEvidence() {
        ClaimJudge primary = (c, cs, w) -> new Judgement(Verdict.SUPPORTED, 0.9, List.of(7), "primary");
        assertEquals("fallback", new FallbackJudge(primary, fallback).judge("x", candidates, TermWeights.uniform()).explanation());
    }

    @Test
    void dropsAnUncitedVerdictAndFailures() {
        ClaimJudge uncited = (c, cs, w) -> new Judgement(Verdict.REFUTED, 0.9, List.of(), "primary");
        ClaimJudge failing = (c, cs, w) -> {
            throw new IllegalStateException("model down");
        };
        assertEquals("fallback", new FallbackJudge(uncited, fallback).judge("x", candidates, TermWeights.uniform()).explanation());
        assertEquals("fallback", new FallbackJudge(failing, fallback).judge("x", candidates, TermWeights.uniform()).explanation());
    }
}
