package org.citeqa.index;

import java.util.Optional;

/**
 * One of the in-process embedding models: where its ONNX graph and tokenizer are on the class path (both ship in
 * LangChain4j's quantized model jars), how its token vectors become one vector, and what it puts before a query.
 * Name and dimension are known without loading the model, so an index can be matched against it at once.
 */
record ModelSpec(String name, int dimension, String graph, String tokenizer, Pooling pooling, String queryPrefix) {

    /** How a model's output for each token becomes the text's vector. */
    enum Pooling {
        /** The first token's vector ([CLS]): BGE. */
        CLS,
        /** The mean over all tokens: sentence-transformers models such as MiniLM. */
        MEAN
    }

    static final String BGE = "bge-small-en-v15-q";
    static final String MINILM = "all-minilm-l6-v2-q";

    /** BGE wants its instruction before queries, not before passages; MiniLM wants nothing. */
    private static final ModelSpec BGE_SPEC = new ModelSpec(BGE, 384, "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS,
            "Represent this sentence for searching relevant passages: ");
    private static final ModelSpec MINILM_SPEC = new ModelSpec(MINILM, 384, "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, "");

    /** The model of this name; empty for {@code none}. */
    static Optional<ModelSpec> named(String name) {
        return switch (name) {
            case "none" -> Optional.empty();
            case BGE -> Optional.of(BGE_SPEC);
            case MINILM -> Optional.of(MINILM_SPEC);
            default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'; use " + BGE + ", "
                    + MINILM + " or none");
        };
    }
}
