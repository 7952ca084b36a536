package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.corpus.CorpusException;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.DocumentOrigin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on disk: reused document by document while nothing changed, a changed, added or removed start-up file
 * picked up at start (that document alone re-embedded), a settings change building a new index beside the old one,
 * and documents added and removed at run time in new snapshots while old snapshots keep answering.
 */
class CorpusIndexLifecycleTest {

    @TempDir
    Path work;
    private Path corpus;
    private Path indexRoot;
    private CorpusIndex index;
    private FakeEmbedder embedder;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("docs"));
        indexRoot = work.resolve("index");
        Files.writeString(corpus.resolve("alpha.txt"), "Alpha\n\nThe alpha treaty was signed in Vienna in 2007. "
                + "It ended a long dispute.\n");
        Files.writeString(corpus.resolve("beta.md"), "# Beta\n\nThe beta talks failed in London in 2006.\n");
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    private IndexedCorpus open(int chunkSize) {
        close();
        embedder = new FakeEmbedder();
        index = new CorpusIndex(config(corpus), indexConfig(chunkSize), work.resolve("data"), new EnglishAnalysis(new org.citeqa.language.WordNet()),
                Coreferences.lazy(),
                new Embeddings(embedder, 32));
        index.start();
        return index.await(Duration.ofSeconds(30));
    }

    @Test
    void buildsOnceThenReusesWithoutEmbeddingWhileCorpusAndSettingsAreUnchanged() {
        IndexedCorpus first = open(300);
        assertFalse(first.reused());
        assertEquals(2, first.documents().size());
        assertTrue(embedder.passages.get() > 0);
        IndexedCorpus second = open(300);
        assertTrue(second.reused());
        assertEquals(0, embedder.passages.get(), "a warm start embeds nothing");
        assertEquals(first.fingerprint(), second.fingerprint());
        assertEquals(first.chunkCount(), second.chunkCount());
        assertEquals(first.sentences().size(), second.sentences().size());
        Sentence sentence = second.sentences().of("alpha").get(1);
        assertEquals(1.0f, SentenceVectors.similarity(FakeEmbedder.vector("The alpha treaty was signed in Vienna in 2007."),
                second.sentenceVectors().orElseThrow().of(sentence)), 1e-5f);
    }

    @Test
    void aChangedFileIsReindexedAloneInTheSameIndex() throws IOException {
        IndexedCorpus first = open(300);
        Files.writeString(corpus.resolve("beta.md"), "# Beta\n\nThe beta talks resumed in Paris in 2008.\n");
        IndexedCorpus second = open(300);
        assertFalse(second.reused());
        assertEquals(first.fingerprint(), second.fingerprint(), "same settings, same index folder");
        assertEquals(List.of(second.fingerprint()), folders());
        int betaPassages = second.sentences().of("beta").size() + chunksOf(second, "beta");
        assertEquals(betaPassages, embedder.passages.get(), "only the changed document is embedded");
        assertTrue(text(second, "Paris").contains("resumed in Paris"));
        assertTrue(second.passages().bm25("London", 5).isEmpty(), "the old text is gone");
    }

    @Test
    void aRemovedFileLeavesTheIndexAtStartAndANewOneComesIn() throws IOException {
        open(300);
        Files.delete(corpus.resolve("beta.md"));
        Files.writeString(corpus.resolve("gamma.txt"), "Gamma\n\nThe gamma accord was drafted in Geneva.\n");
        IndexedCorpus second = open(300);
        assertEquals(List.of("alpha", "gamma"), second.orderedDocuments().stream().map(Document::id).toList());
        assertTrue(second.passages().bm25("beta talks London", 5).isEmpty());
        assertEquals(2, second.passages().documentCount());
        assertFalse(second.passages().bm25("Geneva", 5).isEmpty());
    }

    @Test
    void aSettingChangeBuildsANewIndexBesideTheOldAndDeletesTheOld() throws IOException {
        IndexedCorpus first = open(300);
        IndexedCorpus second = open(120);
        assertFalse(second.reused());
        assertNotEquals(first.fingerprint(), second.fingerprint());
        assertEquals(List.of(second.fingerprint()), folders());
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
        close();
        index = null;
        Path dir = indexRoot.resolve(fingerprint);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(IndexStore.COMPLETE)).toList()) {
                Files.writeString(file, "garbage");
            }
        }
        IndexedCorpus reopened = open(300);
        assertFalse(reopened.reused());
        assertTrue(reopened.chunkCount() > 0);
        assertEquals(2, reopened.passages().documentCount());
    }

    @Test
    void aDocumentAddedAtRunTimeAppearsInTheNextSnapshotWhileTheOldOneStillAnswers() throws IOException {
        IndexedCorpus before = open(300);
        int embeddedAtStart = embedder.passages.get();
        Document delta = new Document("delta", "Delta", "upload", "Delta\n\nThe delta bridge opened in Mostar in 2004.");
        IndexedCorpus after = index.put(delta, new DocumentOrigin("delta.txt", 50, Instant.now(), true), IngestProgress.NONE);
        assertEquals(before.version() + 1, after.version());
        assertEquals(3, after.documents().size());
        assertEquals(2, before.documents().size(), "a snapshot never changes");
        assertTrue(before.passages().bm25("Mostar bridge", 5).isEmpty(), "the old snapshot does not see it");
        assertEquals("delta", after.passages().bm25("Mostar bridge", 5).getFirst().chunk().documentId());
        assertEquals(after.sentences().of("delta").size() + chunksOf(after, "delta"),
                embedder.passages.get() - embeddedAtStart, "only the new document is embedded");
        assertTrue(after.sentenceVectors().orElseThrow().has("delta"));
        assertEquals("delta", after.passages().nearest(FakeEmbedder.vector("delta bridge Mostar"), 1).getFirst()
                .chunk().documentId());

        IndexedCorpus removed = index.remove("alpha");
        assertEquals(List.of("beta", "delta"), removed.orderedDocuments().stream().map(Document::id).toList());
        assertTrue(removed.passages().bm25("Vienna treaty", 5).isEmpty());
        assertFalse(after.passages().bm25("Vienna treaty", 5).isEmpty(), "the previous snapshot still answers");
        assertTrue(removed.sentences().of("alpha").isEmpty());
    }

    /** A service filled through the API starts from an empty folder, and its uploads come back after a restart. */
    @Test
    void anEmptyFolderStartsWithTheStoredUploads() throws IOException {
        Files.delete(corpus.resolve("alpha.txt"));
        Files.delete(corpus.resolve("beta.md"));
        IndexedCorpus empty = open(300);
        assertEquals(List.of(), empty.orderedDocuments());
        Path upload = Files.writeString(work.resolve("gamma-upload.txt"), "Gamma\n\nThe gamma dam was finished in 1999.\n");
        index.originals().save("gamma", upload, "gamma.txt", org.citeqa.corpus.DocumentFormat.TEXT, null, null);

        IndexedCorpus restarted = open(300);
        assertEquals(List.of("gamma"), restarted.orderedDocuments().stream().map(Document::id).toList());
        assertEquals("gamma", restarted.passages().bm25("gamma dam", 1).getFirst().chunk().documentId());
    }

    @Test
    void aMissingCorpusFolderIsAClearErrorNamingIt() {
        index = new CorpusIndex(config(work.resolve("nowhere")), indexConfig(300), work.resolve("data"),
                new EnglishAnalysis(new org.citeqa.language.WordNet()),
                Coreferences.lazy(), new Embeddings(null, 32));
        CorpusException e = assertThrows(CorpusException.class, index::start);
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    private static int chunksOf(IndexedCorpus corpus, String id) {
        return (int) corpus.passages().bm25(String.join(" ", corpus.document(id).orElseThrow().text().split("\\W+")), 100)
                .stream().filter(h -> h.chunk().documentId().equals(id)).count();
    }

    private static String text(IndexedCorpus corpus, String query) {
        return corpus.passages().bm25(query, 1).getFirst().chunk().text();
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
