package org.citeqa.answer;

import org.citeqa.corpus.Document;
import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;

/** A sentence that may answer a question: where it stands, the best-ranked passage it was found in, its text. */
record Candidate(Sentence sentence, SearchHit hit, Document document, String text) {

    static Candidate of(Sentence sentence, SearchHit hit, Document document) {
        return new Candidate(sentence, hit, document, sentence.span().of(document.text()));
    }
}
