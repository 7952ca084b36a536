package org.citeqa.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process embedding model used for vector search and sentence similarity. */
@ConfigMapping(prefix = "citeqa.embedding")
public interface EmbeddingConfig {

    /** {@code bge-small-en-v15-q}, {@code all-minilm-l6-v2-q}, or {@code none} to index text only (BM25 only). */
    @WithDefault("bge-small-en-v15-q")
    String model();

    /** Passages embedded per call; each batch is spread over the cores. */
    @WithDefault("32")
    int batchSize();

    /** Threads that run the model while indexing; 0 means one per core. */
    @WithDefault("0")
    int threads();

    /** Questions and claims whose vectors are remembered (least recently used go first); 0 embeds every time. */
    @WithDefault("512")
    int recentQueries();
}
