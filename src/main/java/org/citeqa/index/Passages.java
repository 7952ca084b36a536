package org.citeqa.index;

import java.util.List;

/**
 * The searchable passages of the open corpus, wherever they are stored: the embedded Lucene index or a SolrCloud
 * collection. Both rank by the same BM25 over the same analysed terms and by cosine similarity of the same
 * embeddings, so the answerer and the claim checker do not know which one they read.
 */
public interface Passages extends AutoCloseable {

    /** The best {@code k} chunks for a BM25 query, best first. */
    List<ScoredChunk> bm25(Bm25Query query, int k);

    /** The {@code k} chunks whose embeddings are nearest to {@code vector}, nearest first. */
    List<ScoredChunk> nearest(float[] vector, int k);

    int chunkCount();

    /** Releases what this view holds open (an index reader); the store itself lives on. */
    @Override
    default void close() {
    }

    /** Whether the store answers now; an embedded index always does. */
    default StoreHealth health() {
        return StoreHealth.UP;
    }
}
