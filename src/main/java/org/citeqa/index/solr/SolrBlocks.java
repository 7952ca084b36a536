package org.citeqa.index.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;
import org.citeqa.chunk.Chunk;
import org.citeqa.corpus.Document;
import org.citeqa.index.EnglishAnalysis;

/**
 * A document as the block Solr stores: the parent record (canonical text, title, source, version, sentence
 * vectors) with one child record per chunk (offsets, text, pre-analysed terms, vector).
 */
public final class SolrBlocks {

    private final EnglishAnalysis analysis;

    public SolrBlocks(EnglishAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * @param version         identifies the document's text and the settings its chunks were cut and embedded with
     * @param chunkVectors    one per chunk, or null when embeddings are off
     * @param sentenceVectors the document's sentence vectors, encoded, or null when embeddings are off
     */
    public SolrInputDocument block(Document doc, String version, List<Chunk> chunks, List<float[]> chunkVectors,
                                   byte[] sentenceVectors) {
        SolrInputDocument parent = new SolrInputDocument();
        parent.setField("id", doc.id());
        parent.setField("kind", "document");
        parent.setField("doc_id", doc.id());
        parent.setField("doc_version", version);
        parent.setField("title", doc.title());
        parent.setField("source", doc.source());
        parent.setField("body", doc.text());
        if (sentenceVectors != null) {
            parent.setField("sentence_vectors", sentenceVectors);
        }
        List<SolrInputDocument> children = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            SolrInputDocument child = new SolrInputDocument();
            child.setField("id", chunk.id());
            child.setField("kind", "chunk");
            child.setField("doc_id", doc.id());
            child.setField("doc_version", version);
            child.setField("title", doc.title());
            child.setField("ordinal", chunk.ordinal());
            child.setField("start", chunk.start());
            child.setField("end", chunk.end());
            child.setField("text", chunk.text());
            child.setField(SolrQueries.TERMS_FIELD, PreAnalyzedTerms.of(analysis, chunk.text()));
            if (chunkVectors != null) {
                child.setField(SolrQueries.VECTOR_FIELD, asList(chunkVectors.get(i)));
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
