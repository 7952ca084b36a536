import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.stream.Stream;

/**
 * A bounded load generator for CiteQA on loopback: a fixed number of requests per row and concurrency, no
 * open-ended loops. Prints one table, a row per endpoint and a column pair per concurrency (req/s, p50, p99), each
 * figure the median over the rounds, with the errors of all rounds.
 *
 * <p>The rows:
 * <ul>
 *   <li>{@code health}: GET /q/health/live, the framework's own ceiling on this machine in the same run;</li>
 *   <li>{@code search}: GET /api/search in BM25 mode (no embedding);</li>
 *   <li>{@code ask-repeated}: POST /api/ask cycling through ten questions, so their vectors are remembered;</li>
 *   <li>{@code ask-new}: POST /api/ask, every request a question worded differently from all of the last
 *       thousands (a base question with a lead-in and an ending; see {@link #NEW_QUESTIONS}), so nothing about it is
 *       remembered: the service keeps the vectors of the last 512 questions and claims;</li>
 *   <li>{@code verify-new}: POST /api/verify, likewise every claim new.</li>
 * </ul>
 * Each cell runs once per round after a warm-up; rounds go through every cell in turn, so that a slow moment of the
 * machine spreads over all cells.
 *
 * <p>Run with any JDK 17+:
 * {@code java bench/LoadBench.java [baseUrl] [requestsPerCell] [concurrencies] [rows] [rounds] [firstNew]
 * [serverPid]}, e.g.
 * {@code java bench/LoadBench.java http://127.0.0.1:8080 400 1,8 health,search,ask-repeated,ask-new,verify-new 3 0}.
 * {@code firstNew} is where in the sequence of new questions and claims to start (a second run continues where the
 * first stopped). With the server's {@code serverPid} (Linux), a second table gives the server's CPU time per
 * request in each cell, read from /proc: the cost that bounds throughput once the cores are busy, and steadier from
 * run to run than throughput. Rows {@code search-vector} and {@code search-hybrid} compare the other search modes.
 */
public class LoadBench {

    static final List<String> ROWS = List.of("health", "search", "ask-repeated", "ask-new", "verify-new");

    /** Asked again and again by ask-repeated and search. */
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

    /**
     * Base questions of ask-new, those above and more; each is sent with every lead-in and ending below before it
     * comes back.
     */
    static final String[] BASE_QUESTIONS = Stream.concat(Arrays.stream(QUESTIONS), Stream.of(
            "Which Security Council resolution put Kosovo under UN interim administration?",
            "According to the OSCE, how many people took part in the 2004 riots?",
            "Who was Ahtisaari's deputy during the status talks?",
            "How many pages long was Ahtisaari's status proposal?",
            "Which model did Serbia propose for Kosovo at the Vienna round on November 5?",
            "On what date did the Assembly of Kosovo declare independence?",
            "When was the referendum on Serbia's new constitution held?",
            "When did the International Court of Justice release its advisory opinion on Kosovo?",
            "How many French soldiers served in KFOR in 2011?",
            "Why is Romania reluctant to recognise Kosovo?",
            "Which territorial dispute of its own makes Spain oppose Kosovo's independence?",
            "What did Nicholas Burns declare about Kosovo on July 18, 2007?",
            "How many houses belonging to Serb refugees had been occupied or burnt?",
            "What is the population of Kosovo?",
            "What is the population of Belgrade?",
            "How many medals did Kosovo win at the 2016 Olympics?",
            "Where did the Contact Group meet in January 2006?",
            "Who was the UN Special Envoy for the future status process for Kosovo?",
            "Which country was the 100th to recognise Kosovo?",
            "What did the ICJ conclude about the declaration of independence?")).toArray(String[]::new);
    static final String[] QUESTION_LEADS = {"", "Please tell me: ", "Quick question: ", "I would like to know: ",
            "From the documents: ", "Help me with this: ", "Out of curiosity: ", "For my class: ",
            "One more question: ", "Can you check this: ", "I was wondering: ", "Here is my question: ", "Briefly: ",
            "A question for you: ", "Something I need to know: ", "In short: "};
    static final String[] QUESTION_ENDS = {"", " Thanks.", " Thank you!", " Please cite your source.",
            " Keep it short.", " (for a school project)", " I need this for a report.", " Cheers."};

    /** Base claims of verify-new, sent with every lead-in and ending below before one comes back. */
    static final String[] BASE_CLAIMS = {
            "Egypt recognised Kosovo in 2013.",
            "The Rambouillet conference took place in France.",
            "Greece has recognised Kosovo.",
            "Kosovo declared independence in 2009.",
            "Kosovo has a national football team.",
            "Egypt was the 100th country to recognise Kosovo.",
            "The NATO bombing campaign lasted 78 days.",
            "Italy was a member of the Contact Group.",
            "Spain has recognised Kosovo's independence.",
            "The ICJ ruled that Kosovo's declaration of independence violated Resolution 1244.",
            "The Rambouillet conference was held in Austria.",
            "Kosovo uses the euro as its currency.",
            "France recognized Kosovo on 18 February 2008.",
            "By 2016, 111 countries had recognized Kosovo's independence.",
            "Martti Ahtisaari handed over a 63-page proposal to the leaders of Serbia.",
            "The ICJ released its advisory opinion on July 22, 2010.",
            "Greece has not recognized Kosovo's independence.",
            "Serbia's negotiating team proposed the model of Hong Kong in Vienna.",
            "France contributed 980 soldiers to KFOR as of 2011.",
            "Serbia said it would not accept an amputation of 25 percent of its territory.",
            "Egypt recognized Kosovo on June 26, 2014.",
            "The Contact Group met in Paris on January 31, 2006.",
            "The Kosovo delegation accepted the model of Hong Kong.",
            "Serbia has recognized the independence of Kosovo.",
            "Egypt was the tenth country to recognize Kosovo.",
            "Every NATO member state has recognized Kosovo.",
            "Kosovo won its first Olympic gold medal in judo.",
            "Russia supports Kosovo's independence.",
            "Serbia rejects Kosovo's independence.",
            "Kosovo Serbs boycotted the 2007 parliamentary elections in Kosovo."};
    static final String[] CLAIM_LEADS = {"", "Is it true that: ", "Fact check: ", "Check this claim: ",
            "True or false: ", "I read this: ", "Someone told me: ", "My textbook says: ", "A friend claims: ",
            "Verify: ", "Claim: ", "Seen online: ", "It is said: ", "Reportedly: ", "They say: ", "News report: "};
    static final String[] CLAIM_ENDS = {"", " Is that right?", " Is this correct?", " Please check.", " Source?",
            " Thanks.", " Right?", " (seen online)"};

    /** How many different questions (and claims) ask-new (verify-new) sends before one comes back: 3,840. */
    static final int NEW_QUESTIONS = BASE_QUESTIONS.length * QUESTION_LEADS.length * QUESTION_ENDS.length;

    record Result(String row, int concurrency, int requests, double seconds, long errors, double p50, double p95,
                  double p99, double cpuMillis) {
        double rps() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int[] levels = Arrays.stream((args.length > 2 ? args[2] : "1,8").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> rows = args.length > 3 ? List.of(args[3].split(",")) : ROWS;
        int roundCount = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        long firstNew = args.length > 5 ? Long.parseLong(args[5]) : 0;
        long serverPid = args.length > 6 ? Long.parseLong(args[6]) : 0;
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[?::1]?")) {
            throw new IllegalArgumentException("loopback targets only: " + base);
        }
        AtomicLong nextNew = new AtomicLong(firstNew);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        for (String row : rows) { // warm-up: JIT, caches, connection pool
            run(client, base, row, 8, Math.max(50, requests / 4), nextNew, serverPid);
        }
        Map<String, List<Result>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < roundCount; round++) {
            for (int level : levels) {
                for (String row : rows) {
                    rounds.computeIfAbsent(row + "@" + level, key -> new ArrayList<>())
                            .add(run(client, base, row, level, requests, nextNew, serverPid));
                }
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        rounds.forEach((cell, runs) -> results.put(cell, median(runs)));
        print(results, rows, levels, roundCount, requests);
        if (serverPid > 0) {
            printCpu(results, rows, levels);
        }
        System.out.printf("new questions and claims sent: %d to %d of a cycle of %d%n", firstNew, nextNew.get(),
                NEW_QUESTIONS);
        System.exit(0);
    }

    static void print(Map<String, Result> results, List<String> rows, int[] levels, int roundCount, int requests) {
        System.out.printf("median of %d rounds of %d requests per cell; p50 and p99 in ms; errors over all rounds%n",
                roundCount, requests);
        StringBuilder header = new StringBuilder("| endpoint |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int i = 0; i < levels.length; i++) {
            int c = levels[i];
            boolean last = i == levels.length - 1;
            header.append(" c=").append(c).append(" req/s | c=").append(c).append(" p50 |");
            rule.append("---|---|");
            if (last) {
                header.append(" c=").append(c).append(" p99 |");
                rule.append("---|");
            }
        }
        System.out.println(header.append(" errors |"));
        System.out.println(rule.append("---|"));
        for (String row : rows) {
            StringBuilder line = new StringBuilder("| ").append(label(row)).append(" |");
            long errors = 0;
            for (int i = 0; i < levels.length; i++) {
                Result r = results.get(row + "@" + levels[i]);
                errors += r.errors();
                line.append(String.format(" %,.0f | %s |", r.rps(), ms(r.p50())));
                if (i == levels.length - 1) {
                    line.append(' ').append(ms(r.p99())).append(" |");
                }
            }
            System.out.println(line.append(' ').append(errors).append(" |"));
        }
        int top = levels[levels.length - 1];
        Result repeated = results.get("ask-repeated@" + top);
        for (String row : List.of("ask-new", "verify-new")) {
            Result r = results.get(row + "@" + top);
            if (repeated != null && r != null) {
                System.out.printf("%s at c=%d: %.2f of ask-repeated's throughput, p50 %s ms, p99 %s ms%n", row, top,
                        r.rps() / repeated.rps(), ms(r.p50()), ms(r.p99()));
            }
        }
    }

    /** The server's CPU time per request, the cost that bounds throughput once every core is busy. */
    static void printCpu(Map<String, Result> results, List<String> rows, int[] levels) {
        StringBuilder header = new StringBuilder("| server CPU per request, ms |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int c : levels) {
            header.append(" c=").append(c).append(" |");
            rule.append("---|");
        }
        System.out.println();
        System.out.println(header);
        System.out.println(rule);
        for (String row : rows) {
            StringBuilder line = new StringBuilder("| ").append(label(row)).append(" |");
            for (int c : levels) {
                Result r = results.get(row + "@" + c);
                line.append(' ').append(r.cpuMillis() < 0 ? "?" : ms(r.cpuMillis() / r.requests())).append(" |");
            }
            System.out.println(line);
        }
    }

    /** Clock ticks per second of /proc/PID/stat's CPU times (getconf CLK_TCK; 100 on Linux). */
    static final double CLOCK_TICKS = 100;

    /** The process's user and system CPU time so far in ms, or -1 when it cannot be read (not Linux, no pid). */
    static double cpuMillis(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static String label(String row) {
        return switch (row) {
            case "health" -> "`/q/health/live` (ceiling)";
            case "search" -> "`/api/search` bm25";
            case "search-vector" -> "`/api/search` vector";
            case "search-hybrid" -> "`/api/search` hybrid";
            case "ask-repeated" -> "`/api/ask`, the same question again (vector cached)";
            case "ask-new" -> "`/api/ask`, every question new";
            case "verify-new" -> "`/api/verify`, every claim new";
            default -> row;
        };
    }

    static String ms(double value) {
        return value < 1 ? String.format("%.2f", value) : value < 10 ? String.format("%.1f", value)
                : String.format("%.0f", value);
    }

    static Result run(HttpClient client, String base, String row, int concurrency, int requests, AtomicLong nextNew,
                      long serverPid) throws InterruptedException {
        double cpuBefore = cpuMillis(serverPid);
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = request(base, row, i, nextNew);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
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
        double cpuAfter = cpuMillis(serverPid);
        return new Result(row, concurrency, requests, seconds, errors.get(), percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
    }

    /** Each figure's median over the rounds; requests and errors are totals. */
    static Result median(List<Result> runs) {
        Result first = runs.get(0);
        double seconds = median(runs.stream().mapToDouble(Result::seconds).toArray());
        return new Result(first.row(), first.concurrency(), first.requests() * runs.size(),
                seconds * runs.size(), runs.stream().mapToLong(Result::errors).sum(),
                median(runs.stream().mapToDouble(Result::p50).toArray()),
                median(runs.stream().mapToDouble(Result::p95).toArray()),
                median(runs.stream().mapToDouble(Result::p99).toArray()),
                runs.stream().anyMatch(r -> r.cpuMillis() < 0) ? -1
                        : median(runs.stream().mapToDouble(Result::cpuMillis).toArray()) * runs.size());
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

    /**
     * The n-th new question: consecutive numbers change the base question first, then the lead-in, then the
     * ending, so a wording comes back only after all {@link #NEW_QUESTIONS} have been sent.
     */
    static String newQuestion(long n) {
        return compose(n, BASE_QUESTIONS, QUESTION_LEADS, QUESTION_ENDS);
    }

    static String newClaim(long n) {
        return compose(n, BASE_CLAIMS, CLAIM_LEADS, CLAIM_ENDS);
    }

    private static String compose(long n, String[] bases, String[] leads, String[] ends) {
        long i = Math.floorMod(n, (long) bases.length * leads.length * ends.length);
        String base = bases[(int) (i % bases.length)];
        String lead = leads[(int) (i / bases.length % leads.length)];
        String end = ends[(int) (i / bases.length / leads.length)];
        return lead + base + end;
    }

    static HttpRequest request(String base, String row, int i, AtomicLong nextNew) {
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        String question = QUESTIONS[i % QUESTIONS.length];
        return switch (row) {
            case "health" -> b.uri(URI.create(base + "/q/health/live")).GET().build();
            case "search", "search-vector", "search-hybrid" -> b.uri(URI.create(base + "/api/search?k=5&q="
                    + URLEncoder.encode(question, StandardCharsets.UTF_8)
                    + "&mode=" + (row.equals("search") ? "bm25" : row.substring(7)))).GET().build();
            case "ask-repeated" -> ask(b, base, question);
            case "ask-new" -> ask(b, base, newQuestion(nextNew.getAndIncrement()));
            case "verify-new" -> post(b, base + "/api/verify", "{\"claim\":" + json(newClaim(nextNew.getAndIncrement())) + "}");
            default -> throw new IllegalArgumentException("unknown row " + row + "; rows are " + ROWS
                    + ", search-vector, search-hybrid");
        };
    }

    static HttpRequest ask(HttpRequest.Builder b, String base, String question) {
        return post(b, base + "/api/ask", "{\"question\":" + json(question) + ",\"mode\":\"extractive\"}");
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static HttpRequest post(HttpRequest.Builder b, String url, String json) {
        return b.uri(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
