package org.citeqa.verify;

import java.util.List;

/**
 * Decides a claim from numbered candidate sentences. The extractive judge aligns them rule by rule; a model
 * judge may be added later, wrapped in a {@link FallbackJudge} so that its verdict stands only when the
 * candidates it cites exist.
 */
public interface ClaimJudge {

    Judgement judge(String claim, List<Candidate> candidates, TermWeights weights);

    /**
     * Judges a claim already read: the verifier reads a claim once, for the judge and for the deciding words it
     * marks. A judge that reads the text its own way needs only {@link #judge(String, List, TermWeights)}.
     */
    default Judgement judge(Statement claim, List<Candidate> candidates, TermWeights weights) {
        return judge(claim.text(), candidates, weights);
    }
}
