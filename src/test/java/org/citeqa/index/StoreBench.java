package org.citeqa.index;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded Lucene store against SolrCloud (the test cluster: 2 nodes on this machine, 2 shards x 2 replicas),
 * through the seam both implement, at 1x, 10x and 100x the default corpus (copies under new ids): ingest throughput
 * (analysing, writing and publishing; the embeddings are computed once and reused for the copies, since embedding
 * costs the same whichever store holds the vectors) and query latency p50/p95 per search mode (the question's
 * embedding, the same few milliseconds for both, is left out). A benchmark, not a test:
 * {@code ./mvnw -B test -Dtest=StoreBench -Dciteqa.bench=true [-Dciteqa.bench.factors=1,10,100]}.
 */
@EnabledIfSystemProperty(named = "citeqa.bench", matches = "true")
class StoreBench {

    private static final int ROUNDS = 5;
    private static final int K = 5;
    private static final int FUSION_DEPTH = 50;

    @TempDir
    Path work;

    @Test
    void luceneAgainstSolrCloud() throws IOException {
        int[] factors = Arrays.stream(System.getProperty("citeqa.bench.factors", "1,10,100").split(","))
                .mapToInt(f -> Integer.parseInt(f.strip())).toArray();
        EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());
        Embedder embedder = OnnxEmbedder.load("bge-small-en-v15-q");
        List<Document> corpus = new CorpusLoader(new TextCleaner()).load(Path.of("corpus"));
        SentenceSplitter splitter = new SentenceSplitter();
        DocumentAnalyzer analyzer = new DocumentAnalyzer(new Chunker(700, 200, splitter), splitter, analysis, Coreferences.lazy());
        Map<String, AnalysedDocument> analysed = new LinkedHashMap<>();
        Map<String, DocumentAnalyzer.Embedded> embedded = new HashMap<>();
        long embedStarted = System.nanoTime();
        int passages = 0;
        for (Document doc : corpus) {
            AnalysedDocument a = analyzer.analyse(doc);
            analysed.put(doc.id(), a);
            embedded.put(doc.id(), analyzer.embed(a, embedder, 32, IngestProgress.NONE));
            passages += a.passages();
        }
        double embedSeconds = (System.nanoTime() - embedStarted) / 1e9;
        List<String> questions = DevSet.load("/eval/dev.jsonl").items().stream()
                .map(i -> i.question() != null ? i.question() : i.claim()).toList();
        Map<String, float[]> questionVectors = new HashMap<>();
        questions.forEach(q -> questionVectors.put(q, embedder.embedQuery(q)));

        List<String> rows = new ArrayList<>();
        rows.add(String.format("Embedding (both stores alike): %d passages of the 1x corpus in %.1f s, %.0f passages/s",
                passages, embedSeconds, passages / embedSeconds));
        for (int factor : factors) {
            for (String kind : List.of("lucene", "solr")) {
                String collection = "citeqa-bench-" + factor;
                try (PassageStore store = open(kind, collection, analysis, embedder.dimension(), factor)) {
                    long started = System.nanoTime();
                    int chunks = 0;
                    for (int copy = 0; copy < factor; copy++) {
                        for (Document doc : corpus) {
                            chunks += put(store, analysed.get(doc.id()), embedded.get(doc.id()), copy);
                        }
                    }
                    PassageStore.Snapshot snapshot = store.publish();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    StringBuilder row = new StringBuilder(String.format(
                            "%4dx %-6s %4d docs %6d chunks  ingest %6.1f s = %7.0f chunks/s %5.1f docs/s |", factor, kind,
                            snapshot.documentCount(), snapshot.passageCount(), seconds, chunks / seconds,
                            factor * corpus.size() / seconds));
                    for (String mode : List.of("bm25", "vector", "hybrid")) {
                        double[] p = latency(snapshot, mode, questions, questionVectors);
                        row.append(String.format(" %s p50 %.2f p95 %.2f ms |", mode, p[0], p[1]));
                    }
                    rows.add(row.toString());
                    System.out.println(rows.getLast());
                } finally {
                    if ("solr".equals(kind)) {
                        given().baseUri(SolrCluster.shared().nodeUrls().getFirst()).basePath("")
                                .queryParam("action", "DELETE").queryParam("name", collection).get("/admin/collections");
                    }
                }
            }
        }
        System.out.println("Store benchmark (" + Runtime.getRuntime().availableProcessors() + " cores; SolrCloud: "
                + "2 nodes on this machine, 2 shards x 2 replicas; query latency without the question's embedding)");
        rows.forEach(System.out::println);
    }

    private PassageStore open(String kind, String collection, EnglishAnalysis analysis, int dimension, int factor)
            throws IOException {
        if ("lucene".equals(kind)) {
            Path root = Files.createDirectories(work.resolve("lucene-" + factor));
            return new PassageStoreFactory(PassageStoreFactory.LUCENE, root, analysis, 0.5f).open("bench", dimension);
        }
        return SolrPassageStore.open(settings(collection), null, analysis, new QueryBuilder(analysis, 0.5f), dimension);
    }

    /** A copy of an analysed document under a new id, with the vectors computed for the original. */
    private static int put(PassageStore store, AnalysedDocument original, DocumentAnalyzer.Embedded vectors, int copy)
            throws IOException {
        Document doc = original.document();
        String id = copy == 0 ? doc.id() : doc.id() + "-copy" + copy;
        List<PassageStore.StoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < original.chunks().size(); i++) {
            Chunk c = original.chunks().get(i);
            passages.add(new PassageStore.StoredPassage(new Chunk(Chunk.idOf(id, c.ordinal()), id, c.ordinal(), c.start(),
                    c.end(), c.text()), vectors.chunkVectors().get(i)));
        }
        store.put(new PassageStore.StoredDocument(id, "bench-" + id, original.sentences().size(),
                vectors.sentenceVectors(), doc.title()), passages);
        return passages.size();
    }

    /** p50 and p95 in milliseconds over ROUNDS rounds of every question, after one round of warm-up. */
    private static double[] latency(PassageStore.Snapshot snapshot, String mode, List<String> questions,
                                    Map<String, float[]> vectors) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (String question : questions) {
                // Every round asks a new query (a word no document has; a vector moved by a millionth), so Solr's
                // result cache answers none of them: every question is new, as for the embedded index.
                String q = question + " zzround" + round;
                float[] v = vectors.get(question).clone();
                v[round % v.length] += 1e-6f;
                long started = System.nanoTime();
                int found = switch (mode) {
                    case "bm25" -> snapshot.bm25(q, K).size();
                    case "vector" -> snapshot.nearest(v, K).size();
                    default -> snapshot.bm25(q, FUSION_DEPTH).size() + snapshot.nearest(v, FUSION_DEPTH).size();
                };
                if (round > 0) {
                    millis.add((System.nanoTime() - started) / 1e6);
                }
                if (found == 0) {
                    throw new AssertionError(mode + " found nothing for " + question);
                }
            }
        }
        millis.sort(Double::compare);
        return new double[] {millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1)};
    }

    private static SolrSettings settings(String collection) {
        String zk = SolrCluster.shared().zkHost();
        return new SolrSettings() {
            public Optional<List<String>> urls() {
                return Optional.empty();
            }

            public Optional<String> zkHosts() {
                return Optional.of(zk);
            }

            public String collection() {
                return collection;
            }

            public boolean create() {
                return true;
            }

            public String configset() {
                return "citeqa-v1";
            }

            public int shards() {
                return 2;
            }

            public int replicas() {
                return 2;
            }

            public int knnCandidates() {
                return 50;
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration requestTimeout() {
                return Duration.ofSeconds(60);
            }
        };
    }
}
