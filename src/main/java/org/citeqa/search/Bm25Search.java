package org.citeqa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.citeqa.chunk.Chunk;
import org.citeqa.index.IndexSchema;
import org.citeqa.index.IndexedCorpus;

/** BM25 over chunk text. */
public final class Bm25Search {

    private final QueryBuilder queries;

    public Bm25Search(QueryBuilder queries) {
        this.queries = queries;
    }

    public List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        try {
            TopDocs top = corpus.searcher().search(queries.build(text), k);
            StoredFields stored = corpus.searcher().storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Chunk chunk = IndexSchema.fromLucene(stored.document(scoreDoc.doc));
                String title = corpus.document(chunk.documentId()).map(d -> d.title()).orElse(chunk.documentId());
                hits.add(new SearchHit(hits.size() + 1, chunk, title, scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }
}
