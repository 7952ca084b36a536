package org.citeqa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.citeqa.index.Embedder;
import org.citeqa.index.IndexSchema;
import org.citeqa.index.IndexedCorpus;

/** Nearest chunks to the question's embedding (HNSW in the same Lucene index). */
final class VectorSearch {

    List<SearchHit> search(IndexedCorpus corpus, Embedder embedder, String text, int k) {
        try {
            float[] query = embedder.embedQuery(text);
            return Hits.from(corpus, corpus.searcher().search(new KnnFloatVectorQuery(IndexSchema.VECTOR, query, k), k));
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }
}
