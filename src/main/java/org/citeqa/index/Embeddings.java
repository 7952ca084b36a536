package org.citeqa.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** The configured embedding model, loaded once on first use; empty when embeddings are switched off. */
@ApplicationScoped
public class Embeddings {

    private static final Logger LOG = Logger.getLogger(Embeddings.class);

    private final EmbeddingConfig config;
    private final ExecutorService executor;
    private volatile Embedder embedder;

    @Inject
    public Embeddings(EmbeddingConfig config) {
        this.config = config;
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("citeqa-embed-", 0).daemon()
                .factory());
    }

    /** For tests: a fixed model instead of the configured one. */
    Embeddings(Embedder fixed, int batchSize) {
        this.config = new EmbeddingConfig() {
            public String model() {
                return fixed == null ? "none" : fixed.name();
            }

            public int batchSize() {
                return batchSize;
            }

            public int threads() {
                return 1;
            }

            public int recentQueries() {
                return 0;
            }
        };
        this.executor = Executors.newSingleThreadExecutor();
        this.embedder = fixed;
    }

    public Optional<Embedder> embedder() {
        if ("none".equals(config.model())) {
            return Optional.empty();
        }
        Embedder loaded = embedder;
        if (loaded == null) {
            synchronized (this) {
                if (embedder == null) {
                    long started = System.nanoTime();
                    Embedder model = OnnxEmbedder.load(config.model(), executor);
                    embedder = config.recentQueries() > 0 ? new RecentEmbeddings(model, config.recentQueries()) : model;
                    LOG.infof("Embedding model %s loaded in %d ms", config.model(), (System.nanoTime() - started) / 1_000_000);
                }
                loaded = embedder;
            }
        }
        return Optional.of(loaded);
    }

    public int batchSize() {
        return config.batchSize();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
