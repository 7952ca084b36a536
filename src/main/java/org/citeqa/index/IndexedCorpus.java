package org.citeqa.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.citeqa.corpus.Document;

/**
 * The corpus as the service answers from it once the index is open: cleaned documents by id, a searcher over
 * their chunks, the chunks by Lucene document number, the sentence table, the embedding model and sentence vectors when embeddings are on, and whether the index on disk was reused. Immutable; shared by all
 * requests.
 */
public record IndexedCorpus(Map<String, Document> documents, List<Document> orderedDocuments, DirectoryReader reader,
                            IndexSearcher searcher, ChunkTable chunks, SentenceTable sentences, Optional<Embedder> embedder,
                            Optional<SentenceVectors> sentenceVectors, String fingerprint, boolean reused) {

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public int chunkCount() {
        return reader.numDocs();
    }
}
