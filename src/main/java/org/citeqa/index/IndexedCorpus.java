package org.citeqa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.DocumentOrigin;

/**
 * One immutable snapshot of the corpus as the service answers from it: cleaned documents by id, the passage store's
 * snapshot (BM25 and vector search, chunks), the sentence table, the embedding model and sentence vectors when
 * embeddings are on, and each document's origin. A request takes one snapshot and uses it to the end; an ingest
 * builds the next snapshot beside it and swaps it in whole, so a new document is visible all at once, never half.
 * {@code version} grows with every swap; {@code reused} says whether the start reused every document's index entry.
 */
public record IndexedCorpus(Map<String, Document> documents, List<Document> orderedDocuments,
                            PassageStore.Snapshot passages, SentenceTable sentences, Optional<Embedder> embedder,
                            Optional<SentenceVectors> sentenceVectors, Map<String, DocumentOrigin> origins,
                            String fingerprint, long version, boolean reused) {

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    public Optional<DocumentOrigin> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    public int chunkCount() {
        return passages.passageCount();
    }

    /** The next snapshot: {@code document} added or replaced, with its sentences and (embeddings on) vectors. */
    IndexedCorpus with(Document document, DocumentOrigin origin, DocumentSentences analysed, float[][] vectors,
                       PassageStore.Snapshot store) {
        Map<String, Document> docs = new HashMap<>(documents);
        docs.put(document.id(), document);
        Map<String, DocumentOrigin> from = new HashMap<>(origins);
        if (origin != null) {
            from.put(document.id(), origin);
        }
        Optional<SentenceVectors> nextVectors = sentenceVectors.map(v -> v.with(document.id(), vectors));
        return new IndexedCorpus(Map.copyOf(docs), ordered(docs), store, sentences.with(analysed), embedder,
                nextVectors, Map.copyOf(from), fingerprint, version + 1, reused);
    }

    /** The next snapshot without document {@code id}. */
    IndexedCorpus without(String id, PassageStore.Snapshot store) {
        Map<String, Document> docs = new HashMap<>(documents);
        docs.remove(id);
        Map<String, DocumentOrigin> from = new HashMap<>(origins);
        from.remove(id);
        return new IndexedCorpus(Map.copyOf(docs), ordered(docs), store, sentences.without(id), embedder,
                sentenceVectors.map(v -> v.without(id)), Map.copyOf(from), fingerprint, version + 1, reused);
    }

    static List<Document> ordered(Map<String, Document> documents) {
        List<Document> ordered = new ArrayList<>(documents.values());
        ordered.sort(Comparator.comparing(Document::id));
        return List.copyOf(ordered);
    }
}
