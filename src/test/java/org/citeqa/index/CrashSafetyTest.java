package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.corpus.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real process during an upload ({@link CrashDrill}: Runtime.halt, as kill -9 would) and restarts: the
 * document is then fully there (every chunk, sentence and vector) or not there at all, never half.
 */
class CrashSafetyTest {

    static final String TEXT = "Drill report\n\n" + String.join("\n\n", java.util.stream.IntStream.range(1, 13)
            .mapToObj(i -> "Drill " + i + " tested the flood barrier on the river Vardar in Skopje. The barrier held for "
                    + (i + 2) + " hours.").toList());

    @TempDir
    Path work;
    private Path corpus;
    private Path data;
    private CorpusIndex index;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("docs"));
        data = work.resolve("data");
        Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe alpha treaty was signed in Vienna in 2007.\n");
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedding", "before-commit", "after-commit"})
    void aCrashAfterTheOriginalIsStoredLeavesTheDocumentFullyPresentAfterRestart(String point) throws Exception {
        Path upload = Files.writeString(work.resolve("drill.txt"), TEXT);
        assertEquals(CrashDrill.HALTED, runDrill(point, upload), "the drill process died at " + point);

        IndexedCorpus restarted = restart();
        Document drill = restarted.document("drill").orElseThrow(() -> new AssertionError("drill is missing after " + point));
        assertEquals(TEXT, drill.text());
        int chunks = new Chunker(300, 0, new SentenceSplitter()).chunk("drill", drill.text()).size();
        long stored = restarted.passages().bm25("drill flood barrier Vardar Skopje hours report", 100).stream()
                .filter(h -> h.chunk().documentId().equals("drill")).count();
        assertEquals(chunks, stored, "every chunk of the document is in the index");
        assertEquals(restarted.sentences().of("drill").size(), 25);
        assertTrue(restarted.sentenceVectors().orElseThrow().has("drill"));
        assertEquals(2, restarted.passages().documentCount());
        assertEquals(1, versions().size(), "older versions and temporary folders are cleaned up: " + versions());
    }

    @Test
    void aCrashWhileTheOriginalIsBeingWrittenLeavesTheDocumentAbsent() throws Exception {
        restart();
        index.close();
        index = null;
        // What a crash mid-write leaves: a temporary folder with a partial original, never renamed into place.
        Path key = Files.createDirectories(data.resolve("documents").resolve("0123456789abcdef0123456789abcdef"));
        Path temp = Files.createDirectories(key.resolve(".tmp-5e1f"));
        Files.writeString(temp.resolve("original.txt"), TEXT.substring(0, 40));
        IndexedCorpus restarted = restart();
        assertEquals(List.of("alpha"), restarted.orderedDocuments().stream().map(Document::id).toList());
        assertFalse(Files.exists(key), "the leftover is removed");
    }

    private IndexedCorpus restart() {
        if (index != null) {
            index.close();
        }
        index = new CorpusIndex(corpus::toString, CrashDrill.indexConfig(data.resolve("index")), data, new EnglishAnalysis(new org.citeqa.language.WordNet()),
                Coreferences.lazy(),
                new Embeddings(new FakeEmbedder(), 8));
        index.start();
        return index.await(Duration.ofSeconds(60));
    }

    private List<Path> versions() throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("documents"), 2)) {
            return files.filter(p -> p.getNameCount() - data.resolve("documents").getNameCount() == 2).toList();
        }
    }

    private int runDrill(String point, Path upload) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-cp", classPath, CrashDrill.class.getName(),
                corpus.toString(), data.toString(), point, upload.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("drill-" + point + ".log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the drill did not end: " + Files.readString(work.resolve("drill-" + point + ".log")));
        }
        if (process.exitValue() != CrashDrill.HALTED) {
            System.out.println(Files.readString(work.resolve("drill-" + point + ".log")));
        }
        return process.exitValue();
    }
}
