package org.citeqa.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.common.SolrInputDocument;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.corpus.Document;
import org.citeqa.index.solr.SolrBlocks;
import org.citeqa.index.solr.SolrPassageStore;
import org.citeqa.index.solr.SolrPassages;
import org.jboss.logging.Logger;

/**
 * Brings a SolrCloud collection in line with the corpus, touching only what changed: a document whose version
 * (its text and every setting that shapes its chunks and vectors) Solr already holds is neither re-chunked nor
 * re-embedded, and its sentence vectors are read back from Solr; changed and new documents are written as whole
 * blocks; documents no longer in the corpus are deleted. One commit at the end makes it all visible at once.
 */
final class SolrIndexing {

    private static final Logger LOG = Logger.getLogger(SolrIndexing.class);
    /** Documents chunked, embedded and sent in one update request together. */
    private static final int GROUP = 20;

    private final SolrPassageStore store;
    private final SolrBlocks blocks;
    private final Chunker chunker;
    private final int embeddingBatch;

    SolrIndexing(SolrPassageStore store, EnglishAnalysis analysis, Chunker chunker, int embeddingBatch) {
        this.store = store;
        this.blocks = new SolrBlocks(analysis);
        this.chunker = chunker;
        this.embeddingBatch = embeddingBatch;
    }

    /** What the collection holds once it matches the corpus. */
    record Opened(SolrPassages passages, Optional<SentenceVectors> vectors, boolean reused, int written, int deleted) {}

    Opened open(List<Document> documents, SentenceTable sentences, Optional<Embedder> embedder,
                List<String> settings) {
        int dimension = embedder.map(Embedder::dimension).orElse(0);
        store.open(dimension);
        Map<String, String> stored = store.versions();
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Document doc : documents) {
            versions.put(doc.id(), Fingerprint.of(List.of(doc), settings));
            byId.put(doc.id(), doc);
        }

        Map<String, float[][]> sentenceVectors = new HashMap<>();
        List<Document> changed = new ArrayList<>();
        Set<String> unchanged = new LinkedHashSet<>();
        documents.stream().map(Document::id).filter(id -> versions.get(id).equals(stored.get(id)))
                .forEach(unchanged::add);
        Map<String, byte[]> storedVectors = embedder.isPresent() ? store.sentenceVectors(unchanged) : Map.of();
        for (Document doc : documents) {
            if (!unchanged.contains(doc.id())) {
                changed.add(doc);
            } else if (embedder.isPresent()) {
                float[][] vectors = SentenceVectors.decode(storedVectors.get(doc.id()), sentences.of(doc.id()).size(),
                        dimension);
                if (vectors == null) {
                    changed.add(doc); // stored without usable sentence vectors: write it again
                } else {
                    sentenceVectors.put(doc.id(), vectors);
                }
            }
        }

        write(changed, sentences, embedder, versions, sentenceVectors);
        Set<String> removed = new TreeSet<>(stored.keySet());
        removed.removeAll(versions.keySet());
        store.delete(removed);
        if (!changed.isEmpty() || !removed.isEmpty()) {
            store.commit();
        }
        int chunkCount = (int) store.chunkCount();
        LOG.infof("Solr collection in line with the corpus: %d documents kept, %d written, %d deleted, %d chunks",
                documents.size() - changed.size(), changed.size(), removed.size(), chunkCount);
        return new Opened(new SolrPassages(store, byId, versions, chunkCount),
                embedder.map(e -> SentenceVectors.of(sentenceVectors)), changed.isEmpty() && removed.isEmpty(),
                changed.size(), removed.size());
    }

    /**
     * Chunks, embeds and sends the documents a group at a time, so memory stays bounded however many there are;
     * a group's chunks (and sentences) are embedded together, in the model's batches.
     */
    private void write(List<Document> changed, SentenceTable sentences, Optional<Embedder> embedder,
                       Map<String, String> versions, Map<String, float[][]> sentenceVectors) {
        if (changed.isEmpty()) {
            return;
        }
        Map<String, List<Chunk>> chunksOf = new LinkedHashMap<>();
        changed.forEach(doc -> chunksOf.put(doc.id(), chunker.chunk(doc.id(), doc.text())));
        int chunkTotal = chunksOf.values().stream().mapToInt(List::size).sum();
        int sentenceTotal = changed.stream().mapToInt(d -> sentences.of(d.id()).size()).sum();
        EmbeddingProgress chunkProgress = new EmbeddingProgress("chunks", chunkTotal, embeddingBatch);
        EmbeddingProgress sentenceProgress = new EmbeddingProgress("sentences", sentenceTotal, embeddingBatch);
        for (int from = 0; from < changed.size(); from += GROUP) {
            List<Document> group = changed.subList(from, Math.min(changed.size(), from + GROUP));
            List<Chunk> chunks = group.stream().flatMap(doc -> chunksOf.get(doc.id()).stream()).toList();
            List<float[]> chunkVectors = embedder.map(e -> chunkProgress.embed(e, chunks.stream().map(Chunk::text)
                    .toList())).orElse(null);
            List<float[]> groupSentenceVectors = embedder.map(e -> sentenceProgress.embed(e, group.stream()
                    .flatMap(doc -> sentences.of(doc.id()).stream().map(s -> s.span().of(doc.text()))).toList()))
                    .orElse(null);
            List<SolrInputDocument> blocksOfGroup = new ArrayList<>(group.size());
            int chunkAt = 0;
            int sentenceAt = 0;
            for (Document doc : group) {
                List<Chunk> docChunks = chunksOf.get(doc.id());
                List<float[]> docChunkVectors = null;
                byte[] encoded = null;
                if (embedder.isPresent()) {
                    docChunkVectors = chunkVectors.subList(chunkAt, chunkAt + docChunks.size());
                    int count = sentences.of(doc.id()).size();
                    float[][] vectors = groupSentenceVectors.subList(sentenceAt, sentenceAt + count)
                            .toArray(new float[0][]);
                    sentenceAt += count;
                    sentenceVectors.put(doc.id(), vectors);
                    encoded = SentenceVectors.encode(vectors);
                }
                chunkAt += docChunks.size();
                blocksOfGroup.add(blocks.block(doc, versions.get(doc.id()), docChunks, docChunkVectors, encoded));
            }
            store.add(blocksOfGroup);
        }
        if (embedder.isPresent()) {
            chunkProgress.finish();
            sentenceProgress.finish();
        }
    }
}
