package org.citeqa.answer;

/**
 * What decides whether the best candidate sentence answers the question, beside that sentence's own
 * {@link Signal}s: the answerability model weighs these into the answer's confidence.
 */
enum Decision {
    /** The best sentence's score (log-odds that it holds the answer). */
    SCORE,
    /** How far the best sentence's score is ahead of the second best's, at most {@value Decision#MAX_MARGIN}. */
    MARGIN,
    /** The claim checker finds that the sentence says the opposite of what the question asserts. */
    POLARITY,
    /** The sentence gives another value (date, number, name) than one the question states. */
    VALUE,
    /** The sentence lists the question's subject as an exception. */
    EXCEPTION;

    static final double MAX_MARGIN = 5;
}
