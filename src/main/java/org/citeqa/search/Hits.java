package org.citeqa.search;

import java.util.ArrayList;
import java.util.List;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.ScoredChunk;

/** Turns the store's scored chunks into ranked hits with their documents' titles. */
final class Hits {

    private Hits() {
    }

    static List<SearchHit> from(IndexedCorpus corpus, List<ScoredChunk> found) {
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (ScoredChunk scored : found) {
            String documentId = scored.chunk().documentId();
            String title = corpus.document(documentId).map(Document::title).orElse(documentId);
            hits.add(new SearchHit(hits.size() + 1, scored.chunk(), title, scored.score()));
        }
        return hits;
    }
}
