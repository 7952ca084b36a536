package org.citeqa.index;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A BERT-style ONNX encoder: text to one unit vector, one text per run. Thread-safe: ONNX Runtime runs a session
 * from many threads at once; how many at once is the caller's business ({@link OnnxEmbedder} bounds it).
 *
 * <p>Texts are never batched together: the quantized models quantize each layer's input with one scale for the
 * whole input tensor, so a text embedded beside others (or beside padding) gets a slightly different vector
 * (cosine 0.996 to 0.998 here) than alone, and an answer would depend on which requests arrived in the same
 * millisecond. One text per run gives every text the same vector at index time, at query time and under any load.
 *
 * <p>The vectors are those of LangChain4j's {@code OnnxBertBiEncoder} for the same graph and tokenizer settings, so
 * indexes built with it stay valid (the tokenizer is {@link WordPieceTokenizer}, which gives the ids of the library
 * LangChain4j uses); like it, a text is cut at the tokenizer file's own length (128 word pieces for MiniLM), or at
 * 512 (BGE, the length it was trained on).
 */
final class BertEncoder implements AutoCloseable {

    /** Word pieces a text is cut at, [CLS] and [SEP] included, when the tokenizer file names no length. */
    private static final int MAX_PIECES = 512;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final boolean typeIds;
    /** The first output, the last layer's vector of every token; the others (a pooler's) are not computed. */
    private final Set<String> tokenVectors;
    private final ModelSpec.Pooling pooling;

    private BertEncoder(OrtEnvironment environment, OrtSession session, WordPieceTokenizer tokenizer,
                        ModelSpec.Pooling pooling) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.tokenVectors = Set.of(session.getOutputNames().iterator().next());
        this.pooling = pooling;
    }

    /**
     * Loads the model's graph and tokenizer from the class path, the graph from a copy in {@code files} when there
     * can be one. {@code threadsPerRun} is ONNX Runtime's intra-op thread count: 1 suits a server running several
     * texts at once, each on its own core.
     */
    static BertEncoder load(ModelSpec spec, int threadsPerRun, Optional<ModelFiles> files) {
        ClassLoader loader = BertEncoder.class.getClassLoader();
        files.ifPresent(ModelFiles::useCopiedOnnxRuntime);
        Optional<Path> graphFile = files.flatMap(f -> f.file(loader, spec.graph()));
        try (InputStream vocabulary = open(loader, spec.tokenizer())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session;
            if (graphFile.isPresent()) {
                session = environment.createSession(graphFile.get().toString(), options(threadsPerRun));
            } else {
                try (InputStream graph = open(loader, spec.graph())) {
                    session = environment.createSession(graph.readAllBytes(), options(threadsPerRun));
                }
            }
            WordPieceTokenizer tokenizer = WordPieceTokenizer.read(vocabulary, MAX_PIECES);
            return new BertEncoder(environment, session, tokenizer, spec.pooling());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + spec.name(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + spec.name(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path");
        }
        return in;
    }

    /**
     * Server settings: one run per calling thread, no spinning while waiting for work (a spinning pool burns the
     * cores other requests need), and no memory pattern planning, which only pays off when every run has the same
     * shape and otherwise keeps a plan per text length.
     */
    private static OrtSession.SessionOptions options(int threadsPerRun) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threadsPerRun);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        options.setMemoryPatternOptimization(false);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /** The text's unit vector; the text must hold something the tokenizer reads as words. */
    float[] encode(String text) {
        return normalize(run(tokenizer.encode(text)));
    }

    private float[] run(long[] ids) {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs, tokenVectors)) {
                FloatBuffer tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return pool(tokens, ids.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed", e);
        }
    }

    /** The text's vector from the model's output for each token ({@code length} rows). */
    private float[] pool(FloatBuffer tokens, int length) {
        int dimension = tokens.remaining() / length;
        float[] vector = new float[dimension];
        if (pooling == ModelSpec.Pooling.CLS) {
            tokens.get(vector);
            return vector;
        }
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < dimension; i++) {
                vector[i] += tokens.get();
            }
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= length;
        }
        return vector;
    }

    private static float[] normalize(float[] vector) {
        float squares = 0;
        for (float v : vector) {
            squares += v * v;
        }
        float norm = (float) Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing at shutdown: nothing left to do
        }
    }
}
