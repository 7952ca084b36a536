package org.citeqa.verify;

import org.citeqa.answer.Citation;

/**
 * A sentence of the corpus retrieved for a claim, numbered from 1 so that a judge can cite it. {@code quote} is
 * {@code canonical.substring(start, end)} of its document; {@code chunkId}/{@code chunkText} the passage it was
 * retrieved in; {@code page} the PDF page the sentence starts on (null without pages). {@code similarity} is the
 * cosine of the claim's and the sentence's embeddings, NaN when embeddings are off. {@code reading} is the sentence
 * as the judge reads it: when it opens by referring back ("It was founded…"), with the entity it refers to in place
 * of the reference; otherwise the quote itself. {@code context} is what the sentence may leave unsaid: the sentences
 * of its paragraph before it (up to three, see {@code CandidateRetriever.context}) and the document's title.
 */
public record Candidate(int n, String documentId, String title, String chunkId, String chunkText, String quote,
                        int start, int end, double similarity, Integer page, String reading, String context) {

    public Candidate(int n, String documentId, String title, String chunkId, String chunkText, String quote,
                     int start, int end, double similarity) {
        this(n, documentId, title, chunkId, chunkText, quote, start, end, similarity, null, quote, title);
    }

    Citation citation(int number) {
        return new Citation(number, documentId, title, chunkId, chunkText, quote, start, end, page);
    }
}
