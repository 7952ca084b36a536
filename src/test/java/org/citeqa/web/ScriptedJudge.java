package org.citeqa.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import org.citeqa.verify.Candidate;
import org.citeqa.verify.ClaimJudge;
import org.citeqa.verify.ExtractiveClaimJudge;
import org.citeqa.verify.Judgement;
import org.citeqa.verify.TermWeights;
import org.citeqa.verify.Verdict;

/**
 * A stand-in claim judge for the paragraph browser tests (enabled by {@link ParagraphProfile} only): the sentences
 * below get the verdict written here, citing the real retrieved sentence that contains the given words, so the
 * page's rendering is tested whatever the real checker decides today; slow ones take two seconds, to run out a
 * small time budget. Every other claim goes to the real judge. Retrieval, offsets and deciding words stay real.
 */
@Alternative
@ApplicationScoped
public class ScriptedJudge implements ClaimJudge {

    static final String SUPPORTED = "Egypt was the 100th country to recognise Kosovo.";
    static final String REFUTED = "The Rambouillet conference was held in Austria.";
    static final String NOT_ENOUGH_INFO = "Kosovo uses the euro.";
    static final String PARAGRAPH = SUPPORTED + " " + REFUTED + " " + NOT_ENOUGH_INFO;

    static final String SLOW_1 = "Kosovo declared independence in 2008.";
    static final String SLOW_2 = "Martti Ahtisaari was the UN Special Envoy for Kosovo.";
    static final String SLOW_3 = "The Contact Group met in London.";
    static final String SLOW_PARAGRAPH = SLOW_1 + " " + SLOW_2 + " " + SLOW_3;
    static final long SLOW_MILLIS = 2000;

    record Script(Verdict verdict, String evidenceContains, String explanation, long delayMillis) {}

    static final Map<String, Script> SCRIPTS = Map.of(
            SUPPORTED, new Script(Verdict.SUPPORTED, "100th country",
                    "Evidence [1] states Egypt, 100th, country, recognise and Kosovo as the claim does.", 0),
            REFUTED, new Script(Verdict.REFUTED, "Rambouillet, France",
                    "The documents place the Rambouillet conference in France, not Austria [1].", 0),
            NOT_ENOUGH_INFO, new Script(Verdict.NOT_ENOUGH_INFO, null,
                    "Nothing in the documents speaks to this claim.", 0),
            SLOW_1, new Script(Verdict.SUPPORTED, "", "Evidence [1] states it.", SLOW_MILLIS),
            SLOW_2, new Script(Verdict.SUPPORTED, "", "Evidence [1] states it.", SLOW_MILLIS),
            SLOW_3, new Script(Verdict.SUPPORTED, "", "Evidence [1] states it.", SLOW_MILLIS));

    private final ExtractiveClaimJudge real;

    public ScriptedJudge(ExtractiveClaimJudge real) {
        this.real = real;
    }

    @Override
    public Judgement judge(String claim, List<Candidate> candidates, TermWeights weights) {
        Script script = SCRIPTS.get(claim);
        if (script == null) {
            return real.judge(claim, candidates, weights);
        }
        if (script.delayMillis() > 0) {
            try {
                Thread.sleep(script.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (script.evidenceContains() == null) {
            return new Judgement(script.verdict(), 0.9, List.of(), script.explanation());
        }
        Candidate cited = candidates.stream().filter(c -> c.quote().contains(script.evidenceContains())).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for '" + claim + "' contains '"
                        + script.evidenceContains() + "'"));
        return new Judgement(script.verdict(), 0.9, List.of(cited.n()),
                script.explanation().replace("[1]", "[" + cited.n() + "]"));
    }
}
