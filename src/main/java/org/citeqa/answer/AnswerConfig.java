package org.citeqa.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Extractive answering settings; the defaults were tuned on the dev set. */
@ConfigMapping(prefix = "citeqa.answer")
public interface AnswerConfig {

    /** Retrieved chunks whose sentences compete to answer. */
    @WithDefault("8")
    int candidateChunks();

    /** Most sentences an answer quotes. */
    @WithDefault("2")
    int maxSentences();

    /**
     * Least share (0..1, IDF-weighted) of the question's content terms that the best sentence and its neighbours
     * must cover; below it the service says the documents do not answer.
     */
    @WithDefault("0.5")
    double minCoverage();

    /**
     * Least share of what the question asks about its names (its terms that are neither names nor numbers) that
     * the sentence and its neighbours must cover: "the population of Pristina" is not answered by a sentence that
     * only mentions Pristina.
     */
    @WithDefault("0.4")
    double minContentCoverage();

    /** Weight of the cosine similarity between the question's and a sentence's embeddings; 0 turns it off. */
    @WithDefault("1.0")
    double similarityWeight();
}
