package org.citeqa.verify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Claim checking settings. Defaults are documented in application.properties. */
@ConfigMapping(prefix = "citeqa.verify")
public interface VerifyConfig {

    /** Retrieved chunks whose sentences are aligned to the claim. */
    @WithDefault("10")
    int candidateChunks();

    /** Least IDF-weighted share of the claim's words a sentence must state to support it. */
    @WithDefault("0.7")
    double supportCoverage();

    /**
     * Least share a sentence must state to support a claim when it also states the claim's counted quantity
     * ("78 days"): a matching number and unit is strong evidence even when the verb is paraphrased.
     */
    @WithDefault("0.4")
    double anchoredSupportCoverage();

    /** Least share of the claim, apart from the contradicted value, a sentence must state to refute it. */
    @WithDefault("0.6")
    double refuteCoverage();

    /** Most evidence sentences cited per verdict. */
    @WithDefault("2")
    int maxEvidence();

    /**
     * Least cosine similarity between the claim's and a supporting sentence's embeddings (ignored when embeddings are
     * off): a sentence sharing a claim's words but not its meaning does not support it.
     */
    @WithDefault("0.6")
    double minSupportSimilarity();

    /**
     * Least share of a claim a sentence must state to support it in other words, without stating its main verb
     * or stating it compactly ("pushed for" against "insisted on"), when the embeddings agree (below).
     */
    @WithDefault("0.6")
    double paraphraseCoverage();

    /** Least embedding similarity for such a paraphrase to support a claim (off without embeddings). */
    @WithDefault("0.65")
    double paraphraseSimilarity();

    /**
     * Least number of the claim's distinct words the sentence itself (not its context) must state for a paraphrase:
     * fewer are a mention of the claim's topic ("the Marlowe Plan"), not a statement of what the claim says of it.
     */
    @WithDefault("3")
    int paraphraseMinWords();

    /** Evidence tokens allowed per stated claim word before the words count as scattered, not said together. */
    @WithDefault("4")
    int spanTokensPerWord();

    /** Evidence tokens any claim may spread over and still count as said together. */
    @WithDefault("12")
    int minSpan();
}
