package org.citeqa.answer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Extractive answering settings; the thresholds were chosen on the even halves of both dev sets. */
@ConfigMapping(prefix = "citeqa.answer")
public interface AnswerConfig {

    /** Retrieved chunks whose sentences compete to answer. */
    @WithDefault("8")
    int candidateChunks();

    /**
     * Most sentences an answer quotes: 2 lets the sentence after the best one join the quote when only it holds
     * the kind of value asked for.
     */
    @WithDefault("2")
    int maxSentences();

    /**
     * How far (in log-odds) below the best sentence's score the next sentence of its paragraph may score and still
     * join the quote; chosen on the training questions.
     */
    @WithDefault("1.0")
    double joinNextWithin();

    /** Below this confidence (0..1) the service says the documents do not answer. */
    @WithDefault("0.53")
    double abstainBelow();

    /** Below this confidence, and at or above {@link #abstainBelow()}, the answer is given but hedged. */
    @WithDefault("0.6")
    double hedgeBelow();
}
