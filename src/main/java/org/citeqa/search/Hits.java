package org.citeqa.search;

import java.util.ArrayList;
import java.util.List;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.PassageStore;

/** Turns the store's passage hits into ranked hits with their document's title and page. */
final class Hits {

    private Hits() {
    }

    static List<SearchHit> from(IndexedCorpus corpus, List<PassageStore.PassageHit> found) {
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (PassageStore.PassageHit hit : found) {
            var doc = corpus.document(hit.chunk().documentId());
            String title = doc.map(Document::title).orElse(hit.chunk().documentId());
            Integer page = doc.map(d -> d.pageAt(hit.chunk().start())).orElse(null);
            hits.add(new SearchHit(hits.size() + 1, hit.chunk(), title, hit.score(), page));
        }
        return hits;
    }
}
