package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.citeqa.corpus.CorpusConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a real embedding model: vectors live in the index, so a second start embeds nothing. */
class IndexReuseWithEmbeddingsTest {

    private static OnnxEmbedder model;

    @TempDir
    Path work;

    @BeforeAll
    static void loadModel() {
        model = OnnxEmbedder.load(ModelSpec.BGE);
    }

    @AfterAll
    static void release() {
        model.close();
        model = null;
    }

    /** Counts passage embeddings: the calls a reused index must not make. */
    private static final class CountingEmbedder implements Embedder {
        final AtomicInteger passages = new AtomicInteger();

        public String name() {
            return model.name();
        }

        public int dimension() {
            return model.dimension();
        }

        public List<float[]> embedPassages(List<String> texts) {
            passages.addAndGet(texts.size());
            return model.embedPassages(texts);
        }

        public float[] embedQuery(String query) {
            return model.embedQuery(query);
        }
    }

    private CorpusIndex index;

    @org.junit.jupiter.api.AfterEach
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    private IndexedCorpus open(Path corpus, Embedder embedder) {
        CorpusConfig corpusConfig = corpus::toString;
        IndexConfig indexConfig = new IndexConfig() {
            public String dir() {
                return work.resolve("index").toString();
            }

            public int chunkSize() {
                return 200;
            }

            public int chunkOverlap() {
                return 0;
            }
        };
        if (index != null) {
            index.close();
        }
        index = new CorpusIndex(corpusConfig, indexConfig, work.resolve("data"), new EnglishAnalysis(new org.citeqa.language.WordNet()),
                Coreferences.lazy(),
                new Embeddings(embedder, 8));
        index.start();
        return index.await(Duration.ofSeconds(60));
    }

    @Test
    void secondStartReadsVectorsFromTheIndexWithoutEmbedding() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("docs"));
        Files.writeString(corpus.resolve("talks.txt"), "Talks\n\nThe Serbian side rejected the plan in Vienna. "
                + "Kosovo asked for independence. The envoy wrote a report of four pages.\n");
        Files.writeString(corpus.resolve("sport.txt"), "Sport\n\nThe football team won the cup in May. "
                + "Thousands of fans celebrated in the streets.\n");

        CountingEmbedder first = new CountingEmbedder();
        IndexedCorpus built = open(corpus, first);
        assertFalse(built.reused());
        assertTrue(first.passages.get() > 0, "a cold build embeds chunks and sentences");
        assertTrue(built.sentenceVectors().isPresent());

        CountingEmbedder second = new CountingEmbedder();
        IndexedCorpus reused = open(corpus, second);
        assertTrue(reused.reused());
        assertEquals(0, second.passages.get(), "a warm start must not re-embed");

        // The stored vectors answer a paraphrase that shares no word with its passage.
        String text = reused.passages().nearest(second.embedQuery("Who opposed the proposal?"), 1).getFirst()
                .chunk().text();
        assertTrue(text.contains("rejected the plan"), text);
        Sentence rejected = reused.sentences().of("talks").get(0);
        Sentence football = reused.sentences().of("sport").get(0);
        float[] question = second.embedQuery("Who opposed the proposal?");
        SentenceVectors vectors = reused.sentenceVectors().orElseThrow();
        assertTrue(SentenceVectors.similarity(question, vectors.of(rejected))
                > SentenceVectors.similarity(question, vectors.of(football)));
    }

    @Test
    void textWithNothingVisibleEmbedsAsTheZeroVector() {
        List<float[]> vectors = model.embedPassages(List.of("\uFEFF \u0000 \u200B", "Kosovo"));
        assertEquals(0f, (float) java.util.stream.IntStream.range(0, vectors.get(0).length)
                .mapToDouble(i -> Math.abs(vectors.get(0)[i])).sum());
        assertTrue(vectors.get(1)[0] != 0f);
        assertEquals(model.dimension(), model.embedQuery("\u0000").length);
    }
}
