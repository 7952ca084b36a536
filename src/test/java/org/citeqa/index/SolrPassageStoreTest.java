package org.citeqa.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.corpus.CorpusLoader;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.TextCleaner;
import org.citeqa.eval.DevSet;
import org.citeqa.index.solr.SolrPassageStore;
import org.citeqa.index.solr.SolrSettings;
import org.citeqa.solr.SolrCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud store against the embedded one, on the same analysed documents, through the seam both implement
 * (reached here by node URLs, 2 shards): BM25 ranks the same chunks with the same scores, k-NN finds equally near
 * chunks, a replaced document is never seen half, and a collection that cannot hold the passages is refused.
 */
class SolrPassageStoreTest {

    private static final String COLLECTION = "citeqa-store-test";
    private static final EnglishAnalysis ANALYSIS = new EnglishAnalysis(new org.citeqa.language.WordNet());
    private static final List<String> SETTINGS = List.of("store-test");
    private static final FakeEmbedder EMBEDDER = new FakeEmbedder();

    @TempDir
    static Path luceneRoot;
    private static PassageStore lucene;
    private static SolrPassageStore solr;
    private static List<Document> corpus;
    private static final Map<String, float[]> chunkVectors = new java.util.HashMap<>();

    @BeforeAll
    static void bothStoresHoldTheDefaultCorpus() throws IOException {
        corpus = new CorpusLoader(new TextCleaner()).load(Path.of("corpus"));
        lucene = new PassageStoreFactory(PassageStoreFactory.LUCENE, luceneRoot, ANALYSIS, 0.5f).open("parity", 0);
        solr = SolrPassageStore.open(settings(COLLECTION, true), null, ANALYSIS, new QueryBuilder(ANALYSIS, 0.5f),
                FakeEmbedder.DIMENSION);
        SentenceSplitter splitter = new SentenceSplitter();
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new Chunker(700, 200, splitter), splitter, ANALYSIS, Coreferences.lazy());
        for (Document doc : corpus) {
            AnalysedDocument analysed = analyzer.analyse(doc);
            put(analysed, lucene);
            put(analysed, solr);
            analysed.chunks().forEach(c -> chunkVectors.put(c.id(), FakeEmbedder.vector(c.text())));
        }
        lucene.publish();
        solr.publish();
    }

    private static void put(AnalysedDocument analysed, PassageStore store) throws IOException {
        DocumentAnalyzer.Embedded embedded = new DocumentAnalyzer(null, null, ANALYSIS, Coreferences.lazy())
                .embed(analysed, EMBEDDER, 32, IngestProgress.NONE);
        List<PassageStore.StoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < analysed.chunks().size(); i++) {
            passages.add(new PassageStore.StoredPassage(analysed.chunks().get(i), embedded.chunkVectors().get(i)));
        }
        Document doc = analysed.document();
        store.put(new PassageStore.StoredDocument(doc.id(), Fingerprint.of(doc, SETTINGS), analysed.sentences().size(),
                embedded.sentenceVectors(), doc.title()), passages);
    }

    @AfterAll
    static void close() throws IOException {
        if (lucene != null) {
            lucene.close();
        }
        if (solr != null) {
            solr.close();
        }
        String node = SolrCluster.shared().nodeUrls().get(0);
        given().baseUri(node).basePath("").queryParam("action", "DELETE").queryParam("name", COLLECTION)
                .get("/admin/collections");
    }

    private static List<String> questions() {
        return DevSet.load("/eval/dev.jsonl").items().stream()
                .map(i -> i.question() != null ? i.question() : i.claim()).toList();
    }

    @Test
    void bm25RanksTheSameChunksWithTheSameScores() {
        PassageStore.Snapshot a = lucene.current();
        PassageStore.Snapshot b = solr.current();
        assertEquals(a.passageCount(), b.passageCount());
        assertEquals(a.documentCount(), b.documentCount());
        for (String question : questions()) {
            List<PassageStore.PassageHit> expected = a.bm25(question, 10);
            List<PassageStore.PassageHit> actual = b.bm25(question, 10);
            assertEquals(ids(expected), ids(actual), question);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-4 * expected.get(i).score(), question);
                assertEquals(expected.get(i).chunk(), actual.get(i).chunk(), "same chunk, text and offsets");
            }
        }
    }

    /**
     * HNSW search is approximate in both engines, and Solr searches one graph per shard: measured against exact
     * nearest neighbours, Solr finds them at least as well as the embedded index, and reports true similarities.
     */
    @Test
    void nearestNeighboursAreFoundAsWellAsByTheEmbeddedIndex() {
        int found = 0;
        int foundEmbedded = 0;
        int total = 0;
        for (String question : questions()) {
            float[] vector = EMBEDDER.embedQuery(question);
            List<Float> exact = chunkVectors.values().stream().map(v -> (1 + SentenceVectors.similarity(vector, v)) / 2)
                    .sorted(java.util.Comparator.reverseOrder()).limit(10).toList();
            List<PassageStore.PassageHit> embedded = lucene.current().nearest(vector, 10);
            List<PassageStore.PassageHit> actual = solr.current().nearest(vector, 10);
            assertEquals(10, actual.size(), question);
            for (PassageStore.PassageHit hit : actual) {
                float cosine = SentenceVectors.similarity(vector, chunkVectors.get(hit.chunk().id()));
                assertEquals((1 + cosine) / 2, hit.score(), 1e-5, "Solr's score is the cosine similarity, rescaled");
            }
            found += recalled(exact, actual);
            foundEmbedded += recalled(exact, embedded);
            total += exact.size();
        }
        System.out.printf("k-NN recall@10 against exact search: SolrCloud %.3f, embedded index %.3f%n",
                found / (double) total, foundEmbedded / (double) total);
        assertTrue(found >= foundEmbedded - 0.02 * total, found + " vs " + foundEmbedded + " of " + total);
    }

    /** How many of the exact similarities (a multiset: ties count once each) the hits reach. */
    private static int recalled(List<Float> exact, List<PassageStore.PassageHit> hits) {
        List<Float> left = new ArrayList<>(hits.stream().map(PassageStore.PassageHit::score).toList());
        int found = 0;
        for (float score : exact) {
            for (int i = 0; i < left.size(); i++) {
                if (Math.abs(left.get(i) - score) < 1e-5) {
                    left.remove(i);
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void storedDocumentsComeBackWithTheirSentenceVectors() {
        Map<String, PassageStore.StoredDocument> stored = solr.documents();
        assertEquals(corpus.stream().map(Document::id).collect(Collectors.toSet()), stored.keySet());
        Document first = corpus.getFirst();
        PassageStore.StoredDocument entry = stored.get(first.id());
        assertEquals(Fingerprint.of(first, SETTINGS), entry.fingerprint());
        assertEquals(entry.sentenceCount(), entry.sentenceVectors().length);
        assertEquals(FakeEmbedder.DIMENSION, entry.sentenceVectors()[0].length);
        assertEquals(first.title(), entry.title());
        Chunk chunk = solr.current().bm25("Kosovo", 1).getFirst().chunk();
        assertEquals(Optional.of(chunk), solr.current().chunk(chunk.id()));
    }

    @Test
    void aDocumentReplacedAgainAndAgainIsNeverSeenHalf() throws Exception {
        String id = "zz-replaced";
        Document three = new Document(id, "Three", "test", paragraphs("alpha", 3));
        Document five = new Document(id, "Five", "test", paragraphs("beta", 5));
        SentenceSplitter splitter = new SentenceSplitter();
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new Chunker(120, 0, splitter), splitter, ANALYSIS, Coreferences.lazy());
        AnalysedDocument a = analyzer.analyse(three);
        AnalysedDocument b = analyzer.analyse(five);
        Map<String, Integer> chunksByVersion = Map.of(Fingerprint.of(three, SETTINGS), a.chunks().size(),
                Fingerprint.of(five, SETTINGS), b.chunks().size());
        assertTrue(a.chunks().size() != b.chunks().size());

        versionsInSolr(id); // the HTTP client's first call is slow; make it before the race
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (writing.get()) {
                seen.add(versionsInSolr(id));
            }
        });
        try {
            // Bounded: at most 60 replacements, fewer once the reader has looked often enough.
            for (int round = 0; round < 60 && (round < 10 || seen.size() < 40); round++) {
                put(round % 2 == 0 ? a : b, solr);
                solr.publish();
            }
        } finally {
            writing.set(false);
            reader.get();
            solr.delete(id);
            solr.publish();
        }
        assertEquals("", versionsInSolr(id), "a deleted document leaves nothing in Solr");
        int whole = 0;
        for (String versions : seen) {
            if (versions.isEmpty()) {
                continue; // before the first write
            }
            String[] parts = versions.split(" x");
            assertEquals(1, versions.split(",").length, "one version at a time: " + versions);
            assertEquals(chunksByVersion.get(parts[0]), Integer.valueOf(parts[1]), "every chunk of it: " + versions);
            whole++;
        }
        System.out.printf("Replaced document: read %d times while replaced, %d times whole, never half%n", seen.size(),
                whole);
        assertTrue(whole >= 20, "the reader saw the document " + whole + " times");
    }

    /**
     * The versions of a document's chunks Solr holds, as {@code fingerprint xCOUNT}, read from Solr directly in one
     * pass per shard (the default two passes may straddle a commit: one version's ids with the next one's fields).
     */
    private static String versionsInSolr(String id) {
        List<String> fingerprints = given().baseUri(SolrCluster.shared().nodeUrls().get(1)).basePath("")
                .queryParam("q", "doc_id:" + id).queryParam("fq", "kind:chunk").queryParam("fl", "fingerprint")
                .queryParam("rows", 100).queryParam("distrib.singlePass", true).queryParam("wt", "json")
                .get("/" + COLLECTION + "/select")
                .then().statusCode(200).extract().jsonPath().getList("response.docs.fingerprint");
        return fingerprints.stream().collect(Collectors.groupingBy(f -> f, Collectors.counting())).entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(","));
    }

    private static List<String> ids(List<PassageStore.PassageHit> hits) {
        return hits.stream().map(h -> h.chunk().id()).toList();
    }

    private static String paragraphs(String word, int n) {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add("The " + word + " report number " + (i + 1) + " was filed in Vienna by the envoy.");
        }
        return String.join("\n\n", sentences);
    }

    @Test
    void aCollectionOfAnotherDimensionOrNoneAtAllIsRefusedWithAReason() {
        IllegalStateException wrongDimension = assertThrows(IllegalStateException.class, () -> SolrPassageStore.open(
                settings(COLLECTION, false), null, ANALYSIS, new QueryBuilder(ANALYSIS, 0.5f), 384));
        assertTrue(wrongDimension.getMessage().contains("dimension 64 but the embedding model's is 384"),
                wrongDimension.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> SolrPassageStore.open(
                settings("citeqa-no-such-collection", false), null, ANALYSIS, new QueryBuilder(ANALYSIS, 0.5f), 64));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertFalse(solr.current().bm25("Kosovo", 3).isEmpty(), "the refused openings changed nothing");
    }

    @Test
    void noSolrAtTheNodeUrlsIsUnavailableNotABug() {
        SolrSettings nowhere = settings(COLLECTION, true, List.of("http://127.0.0.1:9/solr"));
        assertThrows(StoreUnavailableException.class, () -> SolrPassageStore.open(nowhere, null, ANALYSIS,
                new QueryBuilder(ANALYSIS, 0.5f), 64));
    }

    private static SolrSettings settings(String collection, boolean create) {
        return settings(collection, create, SolrCluster.shared().nodeUrls());
    }

    private static SolrSettings settings(String collection, boolean create, List<String> urls) {
        return new SolrSettings() {
            public Optional<List<String>> urls() {
                return Optional.of(urls);
            }

            public Optional<String> zkHosts() {
                return Optional.empty();
            }

            public String collection() {
                return collection;
            }

            public boolean create() {
                return create;
            }

            public String configset() {
                return "citeqa-v1";
            }

            public int shards() {
                return 2;
            }

            public int replicas() {
                return 1;
            }

            public int knnCandidates() {
                return 50;
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration requestTimeout() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
