package org.citeqa.verify;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps a primary judge's verdict only when it is well-formed: a verdict, a confidence in [0, 1] and, unless it
 * finds not enough information, at least one cited candidate, every one of which exists. Otherwise, or when the
 * primary fails, the fallback judge decides.
 */
public final class FallbackJudge implements ClaimJudge {

    private static final Logger LOG = Logger.getLogger(FallbackJudge.class);

    private final ClaimJudge primary;
    private final ClaimJudge fallback;

    public FallbackJudge(ClaimJudge primary, ClaimJudge fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public Judgement judge(String claim, List<Candidate> candidates, TermWeights weights) {
        try {
            Judgement j = primary.judge(claim, candidates, weights);
            if (valid(j, candidates)) {
                return j;
            }
            LOG.debugf("primary judge's verdict dropped: it cites no existing evidence (%s)", j);
        } catch (RuntimeException e) {
            LOG.warnf("primary judge failed, using the fallback: %s", e.toString());
        }
        return fallback.judge(claim, candidates, weights);
    }

    static boolean valid(Judgement j, List<Candidate> candidates) {
        if (j == null || j.verdict() == null || !(j.confidence() >= 0 && j.confidence() <= 1)) {
            return false;
        }
        Set<Integer> numbers = candidates.stream().map(Candidate::n).collect(Collectors.toSet());
        if (!numbers.containsAll(j.evidence())) {
            return false;
        }
        return j.verdict() == Verdict.NOT_ENOUGH_INFO || !j.evidence().isEmpty();
    }
}
