package org.citeqa.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citeqa.chunk.Chunk;

/**
 * Where passages live: the seam between the index's lifecycle ({@link CorpusIndex}) and a search engine. The
 * embedded Lucene store ({@link LucenePassageStore}) is the default; another engine (a SolrCloud collection) plugs in
 * by implementing this interface, without any change to search, answer or verify code, which only ever see a
 * {@link Snapshot}. See the package documentation for the contract in full.
 *
 * <p>Writes are staged and become visible together: {@link #put} and {@link #delete} change nothing a reader sees
 * until {@link #publish()} makes them durable and returns the new snapshot, so a document appears (or disappears)
 * all at once. Writes come from one thread at a time (the index's single writer); snapshots are read by any number
 * of threads.
 */
public interface PassageStore extends Closeable {

    /** What a store keeps about a document besides its passages: what it was built from and its sentence vectors. */
    record StoredDocument(String documentId, String fingerprint, int sentenceCount, float[][] sentenceVectors) {
    }

    /** One passage to store: a chunk and its embedding (null when embeddings are off). */
    record StoredPassage(Chunk chunk, float[] vector) {
    }

    /** The documents the store holds (as last published), by id: what a start compares the corpus with. */
    Map<String, StoredDocument> documents() throws IOException;

    /** Stages {@code document} with {@code passages}, replacing everything stored under its id. */
    void put(StoredDocument document, List<StoredPassage> passages) throws IOException;

    /** Stages the removal of a document and all its passages (nothing happens when there is none). */
    void delete(String documentId) throws IOException;

    /** Makes every staged change durable, then visible at once; returns the snapshot that shows them. */
    Snapshot publish() throws IOException;

    /** The snapshot readers use now. */
    Snapshot current();

    /** Whether the store is open and answering. */
    boolean ready();

    /** Called once the start-up corpus is in: removes what earlier runs left and this store no longer needs. */
    default void cleanUp() {
    }

    /**
     * The passages as they were at one moment: immutable, safe to search from many threads, and still answering
     * after newer snapshots have been published (a request keeps the snapshot it started with).
     */
    interface Snapshot {

        /** BM25 over the passages' analysed text; the text is analysed, never parsed, so any string is a query. */
        List<PassageHit> bm25(String text, int k);

        /** The k passages whose vectors are nearest {@code vector} (cosine); empty when embeddings are off. */
        List<PassageHit> nearest(float[] vector, int k);

        /** A passage by its chunk id ({@code documentId#n}). */
        Optional<Chunk> chunk(String chunkId);

        int passageCount();

        int documentCount();
    }

    /** A passage found by a search, with the engine's score (higher is better, scales differ by method). */
    record PassageHit(Chunk chunk, float score) {
    }
}
