package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.corpus.CorpusException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: built once, reused while nothing changed, rebuilt beside the old one otherwise. */
class CorpusIndexLifecycleTest {

    @TempDir
    Path work;
    private Path corpus;
    private Path indexRoot;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("docs"));
        indexRoot = work.resolve("index");
        Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe alpha treaty was signed in Vienna in 2007. "
                + "It ended a long dispute.\n");
        Files.writeString(corpus.resolve("beta.md"), "# Beta\n\nThe beta talks failed in London in 2006.\n");
    }

    private IndexedCorpus open(int chunkSize) {
        CorpusIndex index = new CorpusIndex(config(corpus), indexConfig(chunkSize), new EnglishAnalysis(new org.citeqa.language.WordNet()), new Embeddings(null, 32));
        index.start();
        IndexedCorpus opened = index.await(Duration.ofSeconds(30));
        closeLater.add(opened);
        return opened;
    }

    private final List<IndexedCorpus> closeLater = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void close() throws IOException {
        for (IndexedCorpus c : closeLater) {
            c.reader().close();
        }
    }

    @Test
    void buildsOnceThenReusesWhileCorpusAndSettingsAreUnchanged() {
        IndexedCorpus first = open(300);
        assertFalse(first.reused());
        assertEquals(2, first.documents().size());
        IndexedCorpus second = open(300);
        assertTrue(second.reused());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.chunkCount(), second.chunkCount());
    }

    @Test
    void rebuildsBesideAndDeletesTheOldIndexWhenAFileChanges() throws IOException {
        IndexedCorpus first = open(300);
        Files.writeString(corpus.resolve("beta.md"), "# Beta\n\nThe beta talks resumed in Paris in 2008.\n");
        IndexedCorpus second = open(300);
        assertFalse(second.reused());
        assertTrue(!first.fingerprint().equals(second.fingerprint()));
        assertEquals(List.of(second.fingerprint()), folders());
    }

    @Test
    void rebuildsWhenAnIndexingSettingChanges() {
        IndexedCorpus first = open(300);
        IndexedCorpus second = open(120);
        assertFalse(second.reused());
        assertTrue(!first.fingerprint().equals(second.fingerprint()));
    }

    @Test
    void aBuildThatCrashedHalfWayIsIgnoredAndCleanedUp() throws IOException {
        Files.createDirectories(indexRoot.resolve(".building-deadbeef-123"));
        Files.writeString(indexRoot.resolve(".building-deadbeef-123").resolve("_0.cfs"), "half written");
        IndexedCorpus opened = open(300);
        assertFalse(opened.reused());
        assertEquals(List.of(opened.fingerprint()), folders());
    }

    @Test
    void aCorruptIndexIsRebuiltFromTheCorpus() throws IOException {
        String fingerprint = open(300).fingerprint();
        Path dir = indexRoot.resolve(fingerprint);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(IndexStore.COMPLETE)).toList()) {
                Files.writeString(file, "garbage");
            }
        }
        IndexedCorpus reopened = open(300);
        assertFalse(reopened.reused());
        assertTrue(reopened.chunkCount() > 0);
    }

    @Test
    void aMissingCorpusFolderIsAClearErrorNamingIt() {
        CorpusIndex index = new CorpusIndex(config(work.resolve("nowhere")), indexConfig(300), new EnglishAnalysis(new org.citeqa.language.WordNet()),
                new Embeddings(null, 32));
        CorpusException e = assertThrows(CorpusException.class, index::start);
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    private List<String> folders() throws IOException {
        try (Stream<Path> entries = Files.list(indexRoot)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static CorpusConfig config(Path dir) {
        return () -> dir.toString();
    }

    private IndexConfig indexConfig(int chunkSize) {
        return new IndexConfig() {
            public String dir() {
                return indexRoot.toString();
            }

            public int chunkSize() {
                return chunkSize;
            }

            public int chunkOverlap() {
                return 0;
            }
        };
    }
}
