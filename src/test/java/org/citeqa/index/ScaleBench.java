package org.citeqa.index;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.eval.DevSet;
import org.citeqa.search.SearchConfig;
import org.citeqa.search.SearchMode;
import org.citeqa.search.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cost as the corpus grows: the default corpus copied under new ids 1x, 10x and 100x; for each, the cold index
 * build time, its size on disk, heap after the build, and query p50/p95 per search mode. A benchmark, not a test:
 * {@code ./mvnw -B test -Dtest=ScaleBench -Dciteqa.bench=true [-Dciteqa.bench.factors=1,10,100]
 * [-Dciteqa.bench.embed-up-to=10]}. Factors above embed-up-to are built without embeddings (BM25 only) and the
 * embedding time is projected from the measured rate, so that a run fits in minutes on two cores.
 */
@EnabledIfSystemProperty(named = "citeqa.bench", matches = "true")
class ScaleBench {

    private static CorpusIndex last;

    @Test
    void costAsTheCorpusGrows() throws IOException {
        int[] factors = Arrays.stream(System.getProperty("citeqa.bench.factors", "1,10,100").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int embedUpTo = Integer.getInteger("citeqa.bench.embed-up-to", 10);
        OnnxEmbedder model = OnnxEmbedder.load(ModelSpec.BGE);
        List<String> questions = DevSet.load("/eval/dev.jsonl").items().stream()
                .filter(i -> i.question() != null).map(DevSet.Item::question).toList();
        List<String> rows = new ArrayList<>();
        double passagesPerSecond = 0;
        for (int factor : factors) {
            Path work = Files.createTempDirectory("citeqa-scale-");
            Path corpus = copies(Path.of("corpus"), work.resolve("docs"), factor);
            boolean embed = factor <= embedUpTo;
            System.gc();
            long started = System.nanoTime();
            IndexedCorpus opened = open(corpus, work.resolve("index"), embed ? model : null);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long bytes = size(work.resolve("index"));
            int passages = opened.chunkCount() + opened.sentences().size();
            if (embed) {
                passagesPerSecond = passages / seconds;
            }
            String projected = embed ? "" : String.format(" (+~%.0f s to embed %d passages at the measured %.0f/s)",
                    passages / passagesPerSecond, passages, passagesPerSecond);
            SearchService search = new SearchService(config(), new EnglishAnalysis(new org.citeqa.language.WordNet()));
            StringBuilder latency = new StringBuilder();
            for (SearchMode mode : embed ? SearchMode.values() : new SearchMode[] {SearchMode.BM25}) {
                double[] p = percentiles(search, opened, mode, questions);
                latency.append(String.format(" %s p50 %.2f p95 %.2f ms", mode.id(), p[0], p[1]));
            }
            rows.add(String.format("%4dx  %4d docs %6d chunks %6d sentences  build %7.1f s%s  index %7.1f MB  heap %6.1f MB %s",
                    factor, opened.documents().size(), opened.chunkCount(), opened.sentences().size(), seconds,
                    projected, bytes / 1e6, heap / 1e6, latency));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.println("Scale benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)");
        rows.forEach(System.out::println);
    }

    /** Query latency p50 and p95 after warm-up, in process, one query at a time. */
    private static double[] percentiles(SearchService search, IndexedCorpus corpus, SearchMode mode,
                                        List<String> questions) {
        for (int i = 0; i < 300; i++) {
            search.search(corpus, questions.get(i % questions.size()), 5, mode); // warm-up
        }
        long[] times = new long[500];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            search.search(corpus, questions.get(i % questions.size()), 5, mode);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return new double[] {times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6};
    }

    private static Path copies(Path source, Path target, int factor) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                for (int copy = 0; copy < factor; copy++) {
                    Files.copy(file, target.resolve(id + "-" + copy + ".txt"));
                }
            }
        }
        return target;
    }

    private static IndexedCorpus open(Path corpus, Path index, Embedder embedder) {
        CorpusConfig corpusConfig = corpus::toString;
        IndexConfig indexConfig = new IndexConfig() {
            public String dir() {
                return index.toString();
            }

            public int chunkSize() {
                return 700;
            }

            public int chunkOverlap() {
                return 200;
            }
        };
        if (last != null) {
            last.close();
        }
        last = new CorpusIndex(corpusConfig, indexConfig, index.resolveSibling("data"), new EnglishAnalysis(new org.citeqa.language.WordNet()),
                Coreferences.lazy(),
                new Embeddings(embedder, 32));
        last.start();
        return last.await(Duration.ofHours(2));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static SearchConfig config() {
        return new SearchConfig() {
            public String mode() {
                return "bm25";
            }

            public int defaultK() {
                return 5;
            }

            public int maxK() {
                return 50;
            }

            public float phraseBoost() {
                return 0.5f;
            }

            public int fusionDepth() {
                return 50;
            }

            public int rrfK() {
                return 60;
            }

            public double bm25Weight() {
                return 1.0;
            }

            public double vectorWeight() {
                return 1.0;
            }

            public boolean rerank() {
                return false;
            }

            public int rerankDepth() {
                return 20;
            }
        };
    }
}
