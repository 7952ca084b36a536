package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A quantized ONNX sentence-embedding model running in process ({@link BertEncoder}), shared by every request and
 * by indexing. Texts are run by a fixed set of model threads, one per core by default, each text alone: the requests
 * of a busy moment queue for a thread in arrival order instead of slicing both cores between a dozen half-done model
 * runs, so a question's embedding takes one run's time plus its wait, not a dozen runs' time. Questions and claims go
 * before passages being indexed, so a question asked during an ingest waits for one passage at most. Running the
 * model on a few threads only also keeps the native memory it allocates in a few of the C library's per-thread
 * arenas instead of one per request thread.
 */
final class OnnxEmbedder implements Embedder, AutoCloseable {

    static final int QUERY = 0;
    static final int PASSAGE = 1;

    private final ModelSpec spec;
    private final BertEncoder encoder;
    private final ThreadPoolExecutor modelThreads;
    private final AtomicLong arrivals = new AtomicLong();

    private OnnxEmbedder(ModelSpec spec, BertEncoder encoder, int threads) {
        this.spec = spec;
        this.encoder = encoder;
        this.modelThreads = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), Thread.ofPlatform().name("citeqa-embed-", 0).daemon().factory());
        this.modelThreads.prestartAllCoreThreads();
    }

    /**
     * Loads the model: {@code threads} texts at once, each run on {@code threadsPerRun} threads; its big files are
     * kept in {@code files} when given.
     */
    static OnnxEmbedder load(ModelSpec spec, int threads, int threadsPerRun, Optional<ModelFiles> files) {
        return new OnnxEmbedder(spec, BertEncoder.load(spec, threadsPerRun, files), threads);
    }

    /** For tests and benchmarks: the model of this name, one text at a time per core. */
    static OnnxEmbedder load(String name) {
        int cores = Runtime.getRuntime().availableProcessors();
        return load(ModelSpec.named(name).orElseThrow(), cores, 1, Optional.empty());
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int dimension() {
        return spec.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<CompletableFuture<float[]>> running = new ArrayList<>(passages.size());
        for (String passage : passages) {
            running.add(run(PASSAGE, passage, ""));
        }
        List<float[]> vectors = new ArrayList<>(passages.size());
        for (CompletableFuture<float[]> vector : running) {
            vectors.add(await(vector));
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        return await(run(QUERY, query, spec.queryPrefix()));
    }

    @Override
    public float[] embedSentence(String sentence) {
        return await(run(QUERY, sentence, ""));
    }

    /** Queues the text (with the prefix before it) for a model thread; text with no words gets the zero vector. */
    CompletableFuture<float[]> run(int priority, String text, String prefix) {
        String visible = visible(text);
        if (!hasWords(visible)) {
            return CompletableFuture.completedFuture(new float[dimension()]);
        }
        Job job = new Job(priority, arrivals.getAndIncrement(), () -> encoder.encode(prefix + visible));
        modelThreads.execute(job);
        return job.result;
    }

    private static float[] await(CompletableFuture<float[]> vector) {
        try {
            return vector.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        }
    }

    /** One text to run: questions and claims first, then passages; in arrival order within each. */
    private record Job(int priority, long arrival, java.util.function.Supplier<float[]> work,
                       CompletableFuture<float[]> result) implements Runnable, Comparable<Job> {

        Job(int priority, long arrival, java.util.function.Supplier<float[]> work) {
            this(priority, arrival, work, new CompletableFuture<>());
        }

        @Override
        public void run() {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }

        @Override
        public int compareTo(Job other) {
            return priority != other.priority ? Integer.compare(priority, other.priority)
                    : Long.compare(arrival, other.arrival);
        }
    }

    /**
     * The text without the characters the model's tokenizer drops as "other": control and format characters (NUL,
     * BOM, zero-width joiners), broken UTF-16 (unpaired surrogates), private-use and unassigned code points; trimmed.
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
            out.appendCodePoint(invisible ? ' ' : cp);
        });
        return out.toString().strip();
    }

    /**
     * Whether the model's tokenizer keeps anything of the text. It drops white space, U+FFFD and, as the models are
     * uncased, every combining mark: text of nothing else has no meaning to embed and gets the zero vector, similar
     * to nothing.
     */
    static boolean hasWords(String visibleText) {
        return visibleText.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && cp != 0xFFFD && !isMark(Character.getType(cp)));
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** How long closing waits for a run already inside the model to finish. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    /**
     * Stops the model threads, waits for a run already inside the model, then frees the session. Freeing it under a
     * running call crashes the JVM in native code (seen at shutdown while a warm-up embedding ran); if the run does not
     * end in time, the session is left to the process's exit instead.
     */
    @Override
    public void close() {
        for (Runnable dropped : modelThreads.shutdownNow()) {
            if (dropped instanceof Job job) { // its caller would otherwise wait for ever
                job.result().completeExceptionally(new IllegalStateException("the embedding model was closed"));
            }
        }
        try {
            if (!modelThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        encoder.close();
    }
}
