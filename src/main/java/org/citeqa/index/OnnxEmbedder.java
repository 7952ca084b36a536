package org.citeqa.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A quantized ONNX sentence-embedding model running in process (LangChain4j). BGE wants its instruction before
 * queries, not before passages; MiniLM wants nothing. Both models' vectors are unit length.
 */
final class OnnxEmbedder implements Embedder {

    static final String BGE = "bge-small-en-v15-q";
    static final String MINILM = "all-minilm-l6-v2-q";
    private static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private final String name;
    private final EmbeddingModel model;
    private final String queryPrefix;

    private OnnxEmbedder(String name, EmbeddingModel model, String queryPrefix) {
        this.name = name;
        this.model = model;
        this.queryPrefix = queryPrefix;
    }

    static OnnxEmbedder load(String name, Executor executor) {
        return switch (name) {
            case BGE -> new OnnxEmbedder(name, new BgeSmallEnV15QuantizedEmbeddingModel(executor), BGE_QUERY_PREFIX);
            case MINILM -> new OnnxEmbedder(name, new AllMiniLmL6V2QuantizedEmbeddingModel(executor), "");
            default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'; use " + BGE
                    + ", " + MINILM + " or none");
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<String> texts = passages.stream().map(OnnxEmbedder::visible).toList();
        List<TextSegment> segments = texts.stream().filter(OnnxEmbedder::hasWords).map(TextSegment::from).toList();
        List<Embedding> embedded = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(passages.size());
        int next = 0;
        for (String text : texts) {
            vectors.add(hasWords(text) ? embedded.get(next++).vector() : new float[dimension()]);
        }
        return vectors;
    }

    @Override
    public float[] embedQuery(String query) {
        String text = visible(query);
        return hasWords(text) ? model.embed(queryPrefix + text).content().vector() : new float[dimension()];
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
     * uncased, every combining mark: text of nothing else has no meaning to embed (the model refuses it) and gets
     * the zero vector, similar to nothing.
     */
    static boolean hasWords(String visibleText) {
        return visibleText.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && cp != 0xFFFD && !isMark(Character.getType(cp)));
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
