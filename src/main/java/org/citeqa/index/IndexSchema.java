package org.citeqa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.citeqa.chunk.Chunk;

/**
 * The index's fields, in one place. Each corpus document is one block of Lucene documents sharing its
 * {@link #DOCUMENT_ID}: one per chunk (searchable text and vector) and one record of the document itself (what it
 * was built from and its sentence vectors, stored only), so replacing or deleting by that term swaps the whole
 * block at once.
 */
public final class IndexSchema {

    /** Bump when fields or sentence boundaries change: it is part of the index fingerprint. */
    public static final String VERSION = "schema-v4";

    public static final String KIND = "kind";
    public static final String PASSAGE = "passage";
    public static final String DOCUMENT = "document";

    public static final String CHUNK_ID = "chunkId";
    public static final String DOCUMENT_ID = "documentId";
    public static final String ORDINAL = "ordinal";
    public static final String START = "start";
    public static final String END = "end";
    /** The chunk text, analysed for BM25 and stored verbatim. */
    public static final String TEXT = "text";
    /** The chunk's embedding, unit length, so dot product is cosine similarity. */
    public static final String VECTOR = "vector";

    /** Document record: the fingerprint of what it was built from. */
    public static final String FINGERPRINT = "fingerprint";
    public static final String SENTENCE_COUNT = "sentenceCount";
    /** Document record: its sentence vectors, {@link SentenceVectors#encode encoded}. */
    public static final String SENTENCE_VECTORS = "sentenceVectors";

    private IndexSchema() {
    }

    static Document toLucene(Chunk chunk, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(KIND, PASSAGE, Field.Store.NO));
        doc.add(new StringField(CHUNK_ID, chunk.id(), Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, chunk.documentId(), Field.Store.YES));
        doc.add(new StoredField(ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(START, chunk.start()));
        doc.add(new StoredField(END, chunk.end()));
        doc.add(new TextField(TEXT, chunk.text(), Field.Store.YES));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    static Document toLucene(PassageStore.StoredDocument document) {
        Document doc = new Document();
        doc.add(new StringField(KIND, DOCUMENT, Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, document.documentId(), Field.Store.YES));
        doc.add(new StoredField(FINGERPRINT, document.fingerprint()));
        doc.add(new StoredField(SENTENCE_COUNT, document.sentenceCount()));
        if (document.sentenceVectors() != null) {
            doc.add(new StoredField(SENTENCE_VECTORS, SentenceVectors.encode(document.sentenceVectors())));
        }
        return doc;
    }

    static boolean isPassage(Document doc) {
        return doc.get(CHUNK_ID) != null;
    }

    public static Chunk fromLucene(Document doc) {
        return new Chunk(doc.get(CHUNK_ID), doc.get(DOCUMENT_ID), doc.getField(ORDINAL).numericValue().intValue(),
                doc.getField(START).numericValue().intValue(), doc.getField(END).numericValue().intValue(),
                doc.get(TEXT));
    }

    static PassageStore.StoredDocument documentFromLucene(Document doc) {
        int count = doc.getField(SENTENCE_COUNT).numericValue().intValue();
        var blob = doc.getBinaryValue(SENTENCE_VECTORS);
        float[][] vectors = blob == null ? null : SentenceVectors.decode(blob.bytes, blob.offset, blob.length, count);
        return new PassageStore.StoredDocument(doc.get(DOCUMENT_ID), doc.get(FINGERPRINT), count, vectors);
    }
}
