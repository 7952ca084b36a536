package org.citeqa.index.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.citeqa.chunk.Chunk;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.PassageStore;

/**
 * A document as the block Solr stores: the parent record (fingerprint, sentence count and vectors, title) with one
 * child record per chunk (offsets, page, text, the service's analysed terms, vector). Solr writes a block with one
 * Lucene {@code updateDocuments} call that also deletes the block it replaces, so a searcher sees all of it or none.
 */
final class SolrBlocks {

    static final String KIND = "kind";
    static final String DOCUMENT = "document";
    static final String CHUNK = "chunk";
    static final String DOCUMENT_ID = "doc_id";
    static final String FINGERPRINT = "fingerprint";
    static final String SENTENCE_COUNT = "sentence_count";
    static final String SENTENCE_VECTORS = "sentence_vectors";

    private final EnglishAnalysis analysis;

    SolrBlocks(EnglishAnalysis analysis) {
        this.analysis = analysis;
    }

    SolrInputDocument block(PassageStore.StoredDocument document, List<PassageStore.StoredPassage> passages) {
        SolrInputDocument parent = new SolrInputDocument();
        parent.setField("id", document.documentId());
        parent.setField(KIND, DOCUMENT);
        parent.setField(DOCUMENT_ID, document.documentId());
        parent.setField(FINGERPRINT, document.fingerprint());
        parent.setField(SENTENCE_COUNT, document.sentenceCount());
        parent.setField("title", document.title());
        if (document.sentenceVectors() != null) {
            parent.setField(SENTENCE_VECTORS, SentenceVectorBytes.encode(document.sentenceVectors()));
        }
        List<SolrInputDocument> children = new ArrayList<>(passages.size());
        for (PassageStore.StoredPassage passage : passages) {
            Chunk chunk = passage.chunk();
            SolrInputDocument child = new SolrInputDocument();
            child.setField("id", chunk.id());
            child.setField(KIND, CHUNK);
            child.setField(DOCUMENT_ID, document.documentId());
            child.setField(FINGERPRINT, document.fingerprint());
            child.setField("title", document.title());
            child.setField("ordinal", chunk.ordinal());
            child.setField("start", chunk.start());
            child.setField("end", chunk.end());
            if (passage.page() != null) {
                child.setField("page", passage.page());
            }
            child.setField("text", chunk.text());
            child.setField(SolrQueries.TERMS_FIELD, PreAnalyzedTerms.of(analysis, chunk.text()));
            if (passage.vector() != null) {
                child.setField(SolrQueries.VECTOR_FIELD, asList(passage.vector()));
            }
            children.add(child);
        }
        parent.addChildDocuments(children);
        return parent;
    }

    private static List<Float> asList(float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float v : vector) {
            list.add(v);
        }
        return list;
    }
}
