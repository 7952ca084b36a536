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
    EXCEPTION,
    /**
     * The question asks for a date or a quantity and the best sentence holds none that the question does not state:
     * a sentence restating the question without the value ("invested in a hall in 1967" for "How much was spent on
     * the hall in 1967?"). Apart from the sentence's own signals because the score weighs their sum, not this case.
     */
    VALUE_MISSING;

    static final double MAX_MARGIN = 5;
}
