package org.citeqa.index.solr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/** A document's sentence vectors as Solr stores them: little-endian float32, one vector after another. */
final class SentenceVectorBytes {

    private SentenceVectorBytes() {
    }

    static byte[] encode(float[][] vectors) {
        int dimension = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(vectors.length * dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] vector : vectors) {
            for (float v : vector) {
                buffer.putFloat(v);
            }
        }
        return buffer.array();
    }

    /** {@code count} vectors read back; null when the bytes cannot hold them (the document is then re-embedded). */
    static float[][] decode(byte[] bytes, int count) {
        if (bytes == null || count <= 0 || bytes.length % (count * Float.BYTES) != 0) {
            return count == 0 && bytes != null && bytes.length == 0 ? new float[0][] : null;
        }
        int dimension = bytes.length / (count * Float.BYTES);
        FloatBuffer floats = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            floats.get(vector);
        }
        return vectors;
    }
}
