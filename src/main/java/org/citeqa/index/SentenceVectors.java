package org.citeqa.index;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedding of every sentence, computed when its document is indexed and stored with the document's passages
 * so that a warm start needs no embedding: the extractive answerer compares them with the question. Immutable;
 * adding or removing a document gives a new instance sharing the other documents' arrays.
 */
public final class SentenceVectors {

    private final Map<String, float[][]> byDocument;

    private SentenceVectors(Map<String, float[][]> byDocument) {
        this.byDocument = byDocument;
    }

    static SentenceVectors empty() {
        return new SentenceVectors(Map.of());
    }

    /** The sentence's vector; sentences are looked up by document and position. */
    public float[] of(Sentence sentence) {
        return byDocument.get(sentence.documentId())[sentence.index()];
    }

    /** Whether a document's sentences have vectors here. */
    public boolean has(String documentId) {
        return byDocument.containsKey(documentId);
    }

    SentenceVectors with(String documentId, float[][] vectors) {
        Map<String, float[][]> next = new HashMap<>(byDocument);
        next.put(documentId, vectors);
        return new SentenceVectors(Map.copyOf(next));
    }

    SentenceVectors without(String documentId) {
        if (!byDocument.containsKey(documentId)) {
            return this;
        }
        Map<String, float[][]> next = new HashMap<>(byDocument);
        next.remove(documentId);
        return new SentenceVectors(Map.copyOf(next));
    }

    /** One document's sentence vectors as bytes (count, dimension, floats), for the store. */
    static byte[] encode(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * vectors.length * dimension);
        buffer.putInt(vectors.length).putInt(dimension);
        for (float[] vector : vectors) {
            for (float v : vector) {
                buffer.putFloat(v);
            }
        }
        return buffer.array();
    }

    /** The inverse of {@link #encode}; fails when the bytes do not hold {@code count} vectors. */
    static float[][] decode(byte[] bytes, int offset, int length, int count) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        int storedCount = buffer.getInt();
        int dimension = buffer.getInt();
        if (storedCount != count || length != 8 + 4L * count * dimension) {
            throw new IllegalStateException("stored sentence vectors do not match the document's " + count + " sentences");
        }
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            for (int i = 0; i < dimension; i++) {
                vector[i] = buffer.getFloat();
            }
        }
        return vectors;
    }

    /** Cosine similarity of two unit vectors. */
    public static float similarity(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
