package org.citeqa.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the vectors of the last few hundred questions and claims. Embedding one is most of the CPU time of
 * an answer, and the same text often comes back at once: a class opening a page with an embedded question, a
 * link shared to a chat. Least recently used entries go first; passages embedded while indexing are not kept.
 */
final class RecentEmbeddings implements Embedder {

    private final Embedder model;
    private final Map<String, float[]> recent;

    RecentEmbeddings(Embedder model, int capacity) {
        this.model = model;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        return model.embedPassages(passages);
    }

    @Override
    public float[] embedQuery(String query) {
        return remembered("q:" + query, () -> model.embedQuery(query));
    }

    @Override
    public float[] embedSentence(String sentence) {
        return remembered("s:" + sentence, () -> model.embedSentence(sentence));
    }

    private float[] remembered(String key, java.util.function.Supplier<float[]> embed) {
        float[] vector;
        synchronized (recent) {
            vector = recent.get(key);
        }
        if (vector == null) {
            vector = embed.get(); // outside the lock: two threads may both embed a new text, which is harmless
            synchronized (recent) {
                recent.put(key, vector);
            }
        }
        return vector.clone(); // callers own their arrays
    }
}
