package org.citeqa.answer;

import java.util.List;

/**
 * An answer: verbatim sentences each followed by its [n] marker, or, when {@code answered} is false, a plain
 * statement that the documents do not answer. {@code related} lists the closest passages of an abstention.
 */
public record Answer(String question, boolean answered, String answer, String mode, List<Citation> citations,
                     List<Citation> related) {}
