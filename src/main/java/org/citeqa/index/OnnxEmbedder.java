package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A quantized ONNX sentence-embedding model running in process ({@link BertEncoder}), shared by every request and
 * by indexing. At most {@code lanes} texts are run at once, one per core by default: the requests of a busy moment
 * queue for a core in arrival order (fairly) instead of slicing both cores between a dozen half-done model runs, so
 * each question's embedding takes one run's time plus its wait, not a dozen runs' time. Passages being indexed take
 * lanes one text at a time, so a question asked during an ingest waits for one passage at most, not for a batch.
 */
final class OnnxEmbedder implements Embedder, AutoCloseable {

    private final ModelSpec spec;
    private final BertEncoder encoder;
    private final Semaphore lanes;
    private final ExecutorService passageThreads;

    private OnnxEmbedder(ModelSpec spec, BertEncoder encoder, int lanes) {
        this.spec = spec;
        this.encoder = encoder;
        this.lanes = new Semaphore(lanes, true);
        this.passageThreads = Executors.newFixedThreadPool(lanes,
                Thread.ofPlatform().name("citeqa-embed-", 0).daemon().factory());
    }

    /**
     * Loads the model: {@code lanes} texts at once, each run on {@code threadsPerRun} threads; its big files are
     * kept in {@code files} when given.
     */
    static OnnxEmbedder load(ModelSpec spec, int lanes, int threadsPerRun, Optional<ModelFiles> files) {
        return new OnnxEmbedder(spec, BertEncoder.load(spec, threadsPerRun, files), lanes);
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
        if (passages.size() == 1) {
            return List.of(embedText(passages.get(0)));
        }
        List<Future<float[]>> running = new ArrayList<>(passages.size());
        for (String passage : passages) {
            running.add(passageThreads.submit(() -> embedText(passage)));
        }
        List<float[]> vectors = new ArrayList<>(passages.size());
        try {
            for (Future<float[]> vector : running) {
                vectors.add(vector.get());
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        String text = visible(query);
        return hasWords(text) ? run(spec.queryPrefix() + text) : new float[dimension()];
    }

    @Override
    public float[] embedSentence(String sentence) {
        return embedText(sentence);
    }

    private float[] embedText(String passage) {
        String text = visible(passage);
        return hasWords(text) ? run(text) : new float[dimension()];
    }

    private float[] run(String text) {
        lanes.acquireUninterruptibly();
        try {
            return encoder.encode(text);
        } finally {
            lanes.release();
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

    @Override
    public void close() {
        passageThreads.shutdownNow();
        encoder.close();
    }
}
