package org.citeqa.answer;

import java.util.List;

/**
 * An answer: verbatim sentences each followed by its [n] marker, or, when {@code answered} is false, a plain
 * statement that the documents do not answer. {@code related} lists the closest passages of an abstention.
 * {@code confidence} is the calibrated probability that the documents answer the question as quoted; a
 * {@code hedged} answer is given although that probability is middling, and says so. {@code shortAnswer} is the
 * asked-for value within the first quote, or null.
 */
public record Answer(String question, boolean answered, String answer, String mode, List<Citation> citations,
                     List<Citation> related, double confidence, boolean hedged, ShortAnswer shortAnswer) {}
