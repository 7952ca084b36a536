package org.citeqa.model;

import java.util.List;

/**
 * One sentence of an answer, without its markers; {@code citations} are the numbers of the citations it carries;
 * {@code supported} tells whether its cited quotes back it (false for a sentence that cites nothing).
 */
public record AnswerSentence(String text, List<Integer> citations, boolean supported) {}
