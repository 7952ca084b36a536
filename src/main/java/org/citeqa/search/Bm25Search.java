package org.citeqa.search;

import java.util.List;
import org.citeqa.index.IndexedCorpus;

/** BM25 over chunk text, by the passage store of the snapshot. */
final class Bm25Search {

    List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        return Hits.from(corpus, corpus.passages().bm25(text, k));
    }
}
