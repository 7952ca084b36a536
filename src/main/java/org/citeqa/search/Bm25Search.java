package org.citeqa.search;

import java.util.List;
import org.citeqa.index.IndexedCorpus;

/** BM25 over chunk text. */
final class Bm25Search {

    private final QueryBuilder queries;

    Bm25Search(QueryBuilder queries) {
        this.queries = queries;
    }

    List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        return Hits.from(corpus, corpus.passages().bm25(queries.plan(text), k));
    }
}
