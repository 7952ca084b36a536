package org.citeqa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.citeqa.index.IndexedCorpus;

/** BM25 over chunk text. */
final class Bm25Search {

    private final QueryBuilder queries;

    Bm25Search(QueryBuilder queries) {
        this.queries = queries;
    }

    List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        try {
            return Hits.from(corpus, corpus.searcher().search(queries.build(text), k));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }
}
