import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load generator for CiteQA on loopback: a fixed number of requests per endpoint and concurrency,
 * no open-ended loops. Prints requests/second, latency percentiles, errors, and each endpoint's throughput as a
 * share of /q/health/live (the framework's own ceiling on this machine, in the same run).
 *
 * Each cell runs once per round after a warm-up; the table gives each figure's median over the rounds.
 * Run with any JDK 17+:  java bench/LoadBench.java [baseUrl] [requestsPerCell] [concurrencies] [endpoints] [rounds]
 *   e.g. java bench/LoadBench.java http://127.0.0.1:8080 850 1,8,32 health,search,ask,verify 3
 */
public class LoadBench {

    static final String[] QUESTIONS = {
            "Who led the Kosovo Albanian delegation at Rambouillet?",
            "When did Kosovo declare independence?",
            "How many countries had recognised Kosovo by 2016?",
            "What did Serbia offer Kosovo in the Vienna talks?",
            "Which countries of the European Union do not recognise Kosovo?",
            "What is the role of EULEX in Kosovo?",
            "Why does Russia oppose Kosovo's independence?",
            "How many rounds of talks did UNOSEK hold in 2006?",
            "What is the capital of Australia?",
            "When was the Ahtisaari plan presented?"};
    static final String[] CLAIMS = {
            "Egypt recognised Kosovo in 2013.",
            "The Rambouillet conference took place in France.",
            "Greece has recognised Kosovo.",
            "Kosovo declared independence in 2009.",
            "Kosovo has a national football team."};

    record Result(String endpoint, int concurrency, int requests, double seconds, long errors, double p50, double p95,
                  double p99) {
        double rps() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int[] levels = Arrays.stream((args.length > 2 ? args[2] : "1,8,32").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> endpoints = List.of((args.length > 3 ? args[3] : "health,search,ask,verify").split(","));
        int roundCount = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[?::1]?")) {
            throw new IllegalArgumentException("loopback targets only: " + base);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        for (String endpoint : endpoints) { // warm-up: JIT, caches, connection pool
            run(client, base, endpoint, 8, Math.max(50, requests / 4));
        }
        // Rounds go through every cell in turn, so that a slow moment of the machine spreads over all cells.
        Map<String, List<Result>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < roundCount; round++) {
            for (int level : levels) {
                for (String endpoint : endpoints) {
                    rounds.computeIfAbsent(endpoint + "@" + level, key -> new ArrayList<>())
                            .add(run(client, base, endpoint, level, requests));
                }
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        rounds.forEach((cell, runs) -> results.put(cell, median(runs)));
        System.out.printf("median of %d rounds of %d requests per cell (reqs: all rounds; errors: all rounds)%n",
                roundCount, requests);
        System.out.printf("%-14s %5s %7s %9s %8s %8s %8s %7s %9s%n", "endpoint", "conc", "reqs", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors", "vs health");
        for (Result r : results.values()) {
            Result ceiling = results.get("health@" + r.concurrency());
            String ratio = ceiling == null ? "-" : String.format("%.3f", r.rps() / ceiling.rps());
            System.out.printf("%-14s %5d %7d %9.1f %8.2f %8.2f %8.2f %7d %9s%n", r.endpoint(), r.concurrency(),
                    r.requests(), r.rps(), r.p50(), r.p95(), r.p99(), r.errors(), ratio);
        }
        System.exit(0);
    }

    static Result run(HttpClient client, String base, String endpoint, int concurrency, int requests)
            throws InterruptedException {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request(base, endpoint, i),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 300) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
            workers.shutdownNow();
            throw new IllegalStateException("a benchmark cell took over 10 minutes");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Result(endpoint, concurrency, requests, seconds, errors.get(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99));
    }

    /** Each figure's median over the rounds; requests and errors are totals. */
    static Result median(List<Result> runs) {
        Result first = runs.get(0);
        double seconds = median(runs.stream().mapToDouble(Result::seconds).toArray());
        return new Result(first.endpoint(), first.concurrency(), first.requests() * runs.size(),
                seconds * runs.size(), runs.stream().mapToLong(Result::errors).sum(),
                median(runs.stream().mapToDouble(Result::p50).toArray()),
                median(runs.stream().mapToDouble(Result::p95).toArray()),
                median(runs.stream().mapToDouble(Result::p99).toArray()));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static HttpRequest request(String base, String endpoint, int i) {
        String question = QUESTIONS[i % QUESTIONS.length];
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        return switch (endpoint) {
            case "health" -> b.uri(URI.create(base + "/q/health/live")).GET().build();
            // "search" uses the configured default mode; "search-bm25", "search-vector", "search-hybrid" name one.
            case "search", "search-bm25", "search-vector", "search-hybrid" -> b.uri(URI.create(base + "/api/search?k=5&q="
                    + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8)
                    + (endpoint.startsWith("search-") ? "&mode=" + endpoint.substring(7) : ""))).GET().build();
            case "ask" -> post(b, base + "/api/ask", "{\"question\":\"" + question + "\",\"mode\":\"extractive\"}");
            case "verify" -> post(b, base + "/api/verify", "{\"claim\":\"" + CLAIMS[i % CLAIMS.length] + "\"}");
            default -> throw new IllegalArgumentException("unknown endpoint " + endpoint);
        };
    }

    static HttpRequest post(HttpRequest.Builder b, String url, String json) {
        return b.uri(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
