package org.citeqa.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process embedding model used for vector search and sentence similarity. */
@ConfigMapping(prefix = "citeqa.embedding")
public interface EmbeddingConfig {

    /** {@code bge-small-en-v15-q}, {@code all-minilm-l6-v2-q}, or {@code none} to index text only (BM25 only). */
    @WithDefault("bge-small-en-v15-q")
    String model();

    /** Passages handed to the model per call while indexing (progress is reported after each). */
    @WithDefault("32")
    int batchSize();

    /**
     * Texts the model runs at once, questions and passages alike; 0 means one per core. More requests than this
     * wait their turn in arrival order.
     */
    @WithDefault("0")
    int threads();

    /** Threads ONNX Runtime gives one run (intra-op threads); 1 suits a server, where runs go on side by side. */
    @WithDefault("1")
    int threadsPerRun();

    /** Questions and claims whose vectors are remembered (least recently used go first); 0 embeds every time. */
    @WithDefault("512")
    int recentQueries();
}
