package org.citeqa.search;

import java.util.List;
import org.citeqa.index.Embedder;
import org.citeqa.index.IndexedCorpus;

/** Nearest chunks to the question's embedding (HNSW in the passage store). */
final class VectorSearch {

    List<SearchHit> search(IndexedCorpus corpus, Embedder embedder, String text, int k) {
        return Hits.from(corpus, corpus.passages().nearest(embedder.embedQuery(text), k));
    }
}
