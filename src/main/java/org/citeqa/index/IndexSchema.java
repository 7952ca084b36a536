package org.citeqa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.citeqa.chunk.Chunk;

/** The index's fields, in one place: one Lucene document per chunk. */
public final class IndexSchema {

    /** Bump when fields change: it is part of the index fingerprint. */
    public static final String VERSION = "schema-v2";

    public static final String CHUNK_ID = "chunkId";
    public static final String DOCUMENT_ID = "documentId";
    public static final String ORDINAL = "ordinal";
    public static final String START = "start";
    public static final String END = "end";
    /** The chunk text, analysed for BM25 and stored verbatim. */
    public static final String TEXT = "text";
    /** The chunk's embedding, unit length, so dot product is cosine similarity. */
    public static final String VECTOR = "vector";

    private IndexSchema() {
    }

    static Document toLucene(Chunk chunk, float[] vector) {
        Document doc = new Document();
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

    public static Chunk fromLucene(Document doc) {
        return new Chunk(doc.get(CHUNK_ID), doc.get(DOCUMENT_ID), doc.getField(ORDINAL).numericValue().intValue(),
                doc.getField(START).numericValue().intValue(), doc.getField(END).numericValue().intValue(),
                doc.get(TEXT));
    }
}
