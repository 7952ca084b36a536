package org.citeqa.model;

import java.util.List;
import org.citeqa.answer.Answer;
import org.citeqa.answer.Citation;
import org.citeqa.answer.ShortAnswer;

/**
 * The body of POST /api/ask and the data of the stream's final {@code answer} event. The first six fields are
 * those of the extractive {@link Answer}. Added: {@code standaloneQuestion} (the question as searched, after
 * follow-up rewriting), {@code fallbackReason} (why an answer that could have come from the model did not;
 * null otherwise), {@code sentences} (each answer sentence with its citation numbers and whether its quotes
 * support it), {@code unsupported} (indexes into sentences of those not supported) and
 * {@code droppedCitations} (passage numbers the model cited that do not exist, removed from the answer),
 * {@code confidence} (the calibrated probability that the documents answer the question as the answer quotes them),
 * {@code hedged} (answered although that probability is middling, and saying so) and {@code shortAnswer} (the
 * asked-for date, number or name inside the first quote, or null).
 */
public record AnswerResponse(String question, boolean answered, String answer, String mode, List<Citation> citations,
                             List<Citation> related, String standaloneQuestion, FallbackReason fallbackReason,
                             List<AnswerSentence> sentences, List<Integer> unsupported,
                             List<Integer> droppedCitations, double confidence, boolean hedged,
                             ShortAnswer shortAnswer) {

    /** An extractive answer: each quote is a sentence of the documents, so it supports itself. */
    static AnswerResponse extractive(Answer answer, String question, String standalone, FallbackReason reason) {
        List<AnswerSentence> sentences = answer.answered()
                ? answer.citations().stream().map(c -> new AnswerSentence(c.quote(), List.of(c.n()), true)).toList()
                : List.of();
        return new AnswerResponse(question, answer.answered(), answer.answer(), answer.mode(), answer.citations(),
                answer.related(), standalone, reason, sentences, List.of(), List.of(), answer.confidence(), answer.hedged(),
                answer.shortAnswer());
    }

    /** The same response with another confidence: a model answer carries the documents' answerability. */
    AnswerResponse withConfidence(double p) {
        return new AnswerResponse(question, answered, answer, mode, citations, related, standaloneQuestion,
                fallbackReason, sentences, unsupported, droppedCitations, p, hedged, shortAnswer);
    }
}
