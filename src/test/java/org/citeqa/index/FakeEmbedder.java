package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for the embedding model: bag-of-words hashed into 64 dimensions, unit length, so texts
 * sharing words are near each other. Counts every passage it embeds, which is what the incremental tests check.
 */
class FakeEmbedder implements Embedder {

    static final int DIMENSION = 64;
    final AtomicInteger passages = new AtomicInteger();

    @Override
    public String name() {
        return "fake-bag-of-words";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        passages.addAndGet(texts.size());
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(vector(t)));
        return out;
    }

    @Override
    public float[] embedQuery(String query) {
        return vector(query);
    }

    static float[] vector(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
        }
        return v;
    }
}
