package org.citeqa.answer;

import java.util.List;
import java.util.Set;

/**
 * What the answerer needs to know about a question: the kind of answer it asks for, its content terms
 * (analysed, question words removed, distinct), and its constraints: numbers and names that an answer's
 * sentence should agree with; for "how many" questions, the analysed words of what is counted. {@code sequence}
 * is its content terms in the question's order, repeats kept.
 */
public record QuestionAnalysis(String question, AnswerType type, List<String> terms, List<String> sequence,
                               Set<String> numbers, Set<String> names, Set<String> nameTerms, Set<String> countedTerms) {}
