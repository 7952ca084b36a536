package org.citeqa.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.citeqa.corpus.DataConfig;
import org.jboss.logging.Logger;

/**
 * The configured embedding model, loaded once in the background from the first {@link #preload()} (the index
 * starts it before reading the corpus, so loading overlaps with the rest of the start) or on first use; empty when
 * embeddings are switched off.
 */
@ApplicationScoped
public class Embeddings {

    private static final Logger LOG = Logger.getLogger(Embeddings.class);

    private final EmbeddingConfig config;
    private final Optional<ModelFiles> files;
    private final Optional<ModelSpec> spec;
    private final int modelThreads;
    private CompletableFuture<Optional<Embedder>> loading;
    private OnnxEmbedder loaded;

    @Inject
    public Embeddings(EmbeddingConfig config, DataConfig data) {
        this.config = config;
        this.files = Optional.of(new ModelFiles(Path.of(data.dir()).resolve("models")));
        this.spec = ModelSpec.named(config.model());
        this.modelThreads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
    }

    /** For tests: a fixed model instead of the configured one (null: embeddings off). */
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

            public int threadsPerRun() {
                return 1;
            }

            public int recentQueries() {
                return 0;
            }
        };
        this.files = Optional.empty();
        this.spec = Optional.empty();
        this.modelThreads = 1;
        this.loading = CompletableFuture.completedFuture(Optional.ofNullable(fixed));
    }

    /** Starts loading the model in the background unless it is loading or loaded already. */
    public synchronized void preload() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(this::load,
                    runnable -> Thread.ofPlatform().name("citeqa-model-load").daemon().start(runnable));
        }
    }

    /**
     * The model's name and vector size ({@code name/dimension}) when embeddings are on, known without waiting for
     * the model to load: what an index built with it records.
     */
    public Optional<String> signature() {
        if (spec.isPresent()) {
            return spec.map(s -> s.name() + "/" + s.dimension());
        }
        return embedder().map(e -> e.name() + "/" + e.dimension());
    }

    /** The model's vector size, 0 when embeddings are off; known without waiting for the model when it is one we ship. */
    public int dimension() {
        return spec.map(ModelSpec::dimension).orElseGet(() -> embedder().map(Embedder::dimension).orElse(0));
    }

    /** The model, waiting for it to load; empty when embeddings are off. */
    public Optional<Embedder> embedder() {
        CompletableFuture<Optional<Embedder>> model;
        synchronized (this) {
            preload();
            model = loading;
        }
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Optional<Embedder> load() {
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        int threadsPerRun = Math.max(1, config.threadsPerRun());
        OnnxEmbedder model = OnnxEmbedder.load(spec.get(), modelThreads, threadsPerRun, files);
        synchronized (this) {
            loaded = model;
        }
        // The first run pays for native set-up; pay it here, in the background, not in a user's request.
        model.embedQuery("warm up");
        LOG.infof("Embedding model %s loaded in %d ms (%d model threads, %d ONNX thread(s) per run)", spec.get().name(),
                (System.nanoTime() - started) / 1_000_000, modelThreads, threadsPerRun);
        return Optional.of(config.recentQueries() > 0 ? new RecentEmbeddings(model, config.recentQueries()) : model);
    }

    public int batchSize() {
        return config.batchSize();
    }

    @PreDestroy
    synchronized void stop() {
        if (loaded != null) {
            loaded.close();
        }
    }
}
