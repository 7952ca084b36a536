package org.citeqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Passages in the embedded Lucene index: one searcher over one reader, chunks read once at open. */
final class LucenePassages implements Passages {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ChunkTable chunks;

    LucenePassages(DirectoryReader reader, ChunkTable chunks) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.chunks = chunks;
    }

    @Override
    public List<ScoredChunk> bm25(Bm25Query query, int k) {
        try {
            return scored(searcher.search(query.toLucene(), k));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    @Override
    public List<ScoredChunk> nearest(float[] vector, int k) {
        try {
            return scored(searcher.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, k), k));
        } catch (IOException e) {
            throw new UncheckedIOException("vector search failed", e);
        }
    }

    @Override
    public int chunkCount() {
        return reader.numDocs();
    }

    private List<ScoredChunk> scored(TopDocs top) {
        List<ScoredChunk> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(new ScoredChunk(chunks.chunk(scoreDoc.doc), scoreDoc.score));
        }
        return hits;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index reader failed", e);
        }
    }
}
