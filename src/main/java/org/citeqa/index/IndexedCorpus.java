package org.citeqa.index;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citeqa.corpus.Document;

/**
 * The corpus as the service answers from it once the index is open: cleaned documents by id, their searchable
 * passages (embedded Lucene or SolrCloud), the sentence table, the embedding model and sentence vectors when
 * embeddings are on, and whether a stored index was reused. Immutable; shared by all requests.
 */
public record IndexedCorpus(Map<String, Document> documents, List<Document> orderedDocuments, Passages passages,
                            SentenceTable sentences, Optional<Embedder> embedder,
                            Optional<SentenceVectors> sentenceVectors, String fingerprint, boolean reused) {

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public int chunkCount() {
        return passages.chunkCount();
    }
}
