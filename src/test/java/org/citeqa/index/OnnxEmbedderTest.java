package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedder gives exactly the vectors LangChain4j's ONNX models give for the same texts (the index's stored
 * vectors came from them, so indexes built before stay valid and answers do not move), one text or many, alone or
 * from many threads at once.
 */
class OnnxEmbedderTest {

    /** Sentences and chunks of the default corpus, a text of over 510 word pieces, accents, odd characters. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        String doc = Files.readString(Path.of("corpus/kosovo-serbia-status-negotiations.txt"));
        for (String paragraph : doc.split("\n\\s*\n")) {
            if (!paragraph.isBlank() && texts.size() < 40) {
                texts.add(paragraph.strip());
            }
        }
        texts.add(doc.substring(0, 6_000)); // far beyond 512 word pieces: cut there, by both
        texts.add("Koštunica said Serbia would never accept the amputation of 15 percent of its territory.");
        texts.add("Rambouillet?! (1999) — “quotes”, emoji 🙂 and 中文 characters");
        return texts;
    }

    @Test
    void bgeVectorsAreLangChain4jVectors() throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (OnnxEmbedder ours = OnnxEmbedder.load(ModelSpec.BGE)) {
            EmbeddingModel theirs = new BgeSmallEnV15QuantizedEmbeddingModel(threads);
            List<String> texts = texts();
            List<float[]> passages = ours.embedPassages(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertSameVector(theirs.embed(TextSegment.from(texts.get(i))).content().vector(), passages.get(i), texts.get(i));
            }
            String question = "Who led the Kosovo Albanian delegation at Rambouillet?";
            assertSameVector(theirs.embed("Represent this sentence for searching relevant passages: " + question).content()
                    .vector(), ours.embedQuery(question), question);
            assertSameVector(theirs.embed(question).content().vector(), ours.embedSentence(question), question);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void miniLmVectorsAreLangChain4jVectors() throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (OnnxEmbedder ours = OnnxEmbedder.load(ModelSpec.MINILM)) {
            EmbeddingModel theirs = new AllMiniLmL6V2QuantizedEmbeddingModel(threads);
            for (String text : texts().subList(0, 10)) {
                assertSameVector(theirs.embed(text).content().vector(), ours.embedSentence(text), text);
            }
            assertEquals(ours.dimension(), theirs.dimension());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aTextGetsTheSameVectorWhateverRunsBesideIt() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (OnnxEmbedder model = OnnxEmbedder.load(ModelSpec.BGE)) {
            List<String> texts = texts().subList(0, 16);
            List<float[]> alone = new ArrayList<>();
            for (String text : texts) {
                alone.add(model.embedQuery(text));
            }
            List<Future<float[]>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String text : texts) {
                    together.add(callers.submit(() -> model.embedQuery(text)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertArrayEquals(alone.get(i % texts.size()), together.get(i).get(), texts.get(i % texts.size()));
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aQuestionDoesNotWaitBehindAnIngestsPassages() throws Exception {
        try (OnnxEmbedder model = OnnxEmbedder.load(ModelSpec.named(ModelSpec.BGE).orElseThrow(), 1, 1,
                java.util.Optional.empty())) {
            List<java.util.concurrent.CompletableFuture<float[]>> passages = new ArrayList<>();
            for (String text : texts().subList(0, 20)) {
                passages.add(model.run(OnnxEmbedder.PASSAGE, text, ""));
            }
            model.run(OnnxEmbedder.QUERY, "When did Kosovo declare independence?", "").get();
            long done = passages.stream().filter(java.util.concurrent.CompletableFuture::isDone).count();
            assertTrue(done <= 2, "the question ran after at most the passage running when it came, not after " + done);
            for (var passage : passages) {
                passage.get();
            }
        }
    }

    @Test
    void textWithNothingVisibleIsTheZeroVector() {
        try (OnnxEmbedder model = OnnxEmbedder.load(ModelSpec.BGE)) {
            float[] vector = model.embedQuery("\u200b\u0000 \ufeff");
            assertEquals(384, vector.length);
            for (float v : vector) {
                assertEquals(0f, v);
            }
        }
    }

    private static void assertSameVector(float[] expected, float[] actual, String text) {
        assertEquals(expected.length, actual.length);
        double dot = 0;
        for (int i = 0; i < expected.length; i++) {
            dot += expected[i] * actual[i];
        }
        assertTrue(dot > 0.99999, "cosine " + dot + " for: " + text);
    }

    @Test
    void closingWhileTextsRunEndsEveryCallAndFreesTheModelOnlyAfterTheRun() throws Exception {
        // Freeing the session under a running call crashed the JVM in native code at shutdown.
        OnnxEmbedder model = OnnxEmbedder.load(ModelSpec.BGE);
        String text = String.join(" ", texts().subList(0, 8));
        List<CompletableFuture<float[]>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(model.run(1, i + " " + text, ""));
        }
        calls.get(0).get(60, TimeUnit.SECONDS); // the model threads are busy with the next ones now
        model.close();
        for (CompletableFuture<float[]> call : calls) {
            call.handle((vector, failure) -> vector).get(60, TimeUnit.SECONDS); // none is left waiting
        }
        long ran = calls.stream().filter(call -> !call.isCompletedExceptionally()).count();
        assertTrue(ran >= 1 && ran < calls.size(), () -> "calls that ran: " + ran);
    }
}
