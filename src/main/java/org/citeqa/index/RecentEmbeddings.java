package org.citeqa.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * Remembers the vectors of the last few hundred questions and claims ({@code citeqa.embedding.recent-queries}, a
 * Caffeine cache). Embedding one is most of the CPU time of an answer, and the same text often comes back at once:
 * a class opening a page with an embedded question, a link shared to a chat. Passages embedded while indexing are
 * not kept.
 */
final class RecentEmbeddings implements Embedder {

    private final Embedder model;
    private final Cache<String, float[]> recent;

    RecentEmbeddings(Embedder model, int capacity) {
        this.model = model;
        this.recent = Caffeine.newBuilder().maximumSize(capacity).build();
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
        return recent.get("q:" + query, key -> model.embedQuery(query)).clone(); // callers own their arrays
    }

    @Override
    public float[] embedSentence(String sentence) {
        return recent.get("s:" + sentence, key -> model.embedSentence(sentence)).clone();
    }

    /** Vectors remembered now, after pending evictions. */
    long size() {
        recent.cleanUp();
        return recent.estimatedSize();
    }
}
