package org.citeqa.answer;

/**
 * The value an answer gives for a question asking for a date, a number or a name ("March 3, 1871", "Gdansk"):
 * {@code start}/{@code end} are offsets into the document's canonical text, inside the answer's first quote.
 */
public record ShortAnswer(String text, int start, int end) {}
