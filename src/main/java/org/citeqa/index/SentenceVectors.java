package org.citeqa.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citeqa.corpus.Document;

/**
 * The embedding of every sentence, computed at index time and kept in a file beside the Lucene index so that a
 * reused index needs no embedding: the extractive answerer compares them with the question.
 */
public final class SentenceVectors {

    static final String FILE = "sentences.vec";
    private static final int MAGIC = 0x53564543; // "SVEC"

    private final Map<String, float[][]> byDocument;

    private SentenceVectors(Map<String, float[][]> byDocument) {
        this.byDocument = byDocument;
    }

    static SentenceVectors of(Map<String, float[][]> byDocument) {
        return new SentenceVectors(Map.copyOf(byDocument));
    }

    /** A document's sentence vectors, in sentence order, as little-endian float32 (how a passage store keeps them). */
    static byte[] encode(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(vectors.length * dimension * Float.BYTES)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float[] vector : vectors) {
            for (float v : vector) {
                buffer.putFloat(v);
            }
        }
        return buffer.array();
    }

    /** The inverse of {@link #encode}; null when the bytes do not hold {@code count} vectors of {@code dimension}. */
    static float[][] decode(byte[] bytes, int count, int dimension) {
        if (bytes == null || bytes.length != count * dimension * Float.BYTES) {
            return null;
        }
        java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer();
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            floats.get(vector);
        }
        return vectors;
    }

    /** The sentence's vector; sentences are looked up by document and position. */
    public float[] of(Sentence sentence) {
        return byDocument.get(sentence.documentId())[sentence.index()];
    }

    static SentenceVectors embed(List<Document> documents, SentenceTable table, Embedder embedder,
                                 EmbeddingProgress progress) {
        Map<String, float[][]> byDocument = new HashMap<>();
        for (Document doc : documents) {
            List<String> texts = table.of(doc.id()).stream().map(s -> s.span().of(doc.text())).toList();
            byDocument.put(doc.id(), progress.embed(embedder, texts).toArray(new float[0][]));
        }
        return new SentenceVectors(Map.copyOf(byDocument));
    }

    void write(Path dir, List<Document> documents, int dimension) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(FILE))))) {
            out.writeInt(MAGIC);
            out.writeInt(dimension);
            out.writeInt(documents.size());
            for (Document doc : documents) {
                float[][] vectors = byDocument.get(doc.id());
                out.writeUTF(doc.id());
                out.writeInt(vectors.length);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                }
            }
        }
    }

    /** Reads the file written at build time; fails if it does not match the sentence table. */
    static SentenceVectors read(Path dir, SentenceTable table, int dimension) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(FILE))))) {
            if (in.readInt() != MAGIC || in.readInt() != dimension) {
                throw new IOException("sentence vectors were written by another model");
            }
            int documents = in.readInt();
            Map<String, float[][]> byDocument = new HashMap<>();
            for (int d = 0; d < documents; d++) {
                String id = in.readUTF();
                int count = in.readInt();
                if (count != table.of(id).size()) {
                    throw new IOException("sentence vectors do not match the sentences of " + id);
                }
                float[][] vectors = new float[count][dimension];
                for (float[] vector : vectors) {
                    for (int i = 0; i < dimension; i++) {
                        vector[i] = in.readFloat();
                    }
                }
                byDocument.put(id, vectors);
            }
            return new SentenceVectors(Map.copyOf(byDocument));
        }
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
