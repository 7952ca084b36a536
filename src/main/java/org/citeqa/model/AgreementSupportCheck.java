package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.verify.Agreement;
import org.citeqa.verify.AgreementResult;

/**
 * Checks a model's answer sentence against the quotes it cites with the claim verifier's own agreement rules:
 * no contradicted date, number, ordinal, place or polarity; every key fact stated; and most of its wording
 * (IDF-weighted, so rare words count most) present.
 */
@ApplicationScoped
public class AgreementSupportCheck implements SupportCheck {

    private final Agreement agreement;
    private final ModelConfig config;

    public AgreementSupportCheck(Agreement agreement, ModelConfig config) {
        this.agreement = agreement;
        this.config = config;
    }

    @Override
    public SupportVerdict check(IndexedCorpus corpus, String statement, String evidence) {
        AgreementResult result = agreement.check(agreement.reader().read(statement), agreement.reader().read(evidence),
                term -> corpus.sentences().idf(term));
        if (result.contradicted()) {
            return SupportVerdict.no(result.coverage(), "contradiction: " + result.contradictions().get(0));
        }
        if (!result.missing().isEmpty()) {
            return SupportVerdict.no(result.coverage(), "missing: " + result.missing().get(0));
        }
        if (result.coverage() < config.minSupport()) {
            return SupportVerdict.no(result.coverage(), "lexical");
        }
        return SupportVerdict.yes(result.coverage());
    }
}
