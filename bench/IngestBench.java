import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Ingest benchmark for CiteQA on loopback, bounded: against a running service with an admin token it measures
 *  1. ingest throughput of a generated 100-page PDF (pages/s and MB/s, upload to job done),
 *  2. ingest throughput of 100 small generated HTML files, one POST each (files/s and MB/s, first POST to last job),
 *  3. time until an uploaded page can be cited (POST to the first /api/ask answer citing it),
 *  4. /api/ask latency of one user asking one question after another, idle and while the 100-page PDF is being
 *     ingested again (p50/p95, same run). Run the service with citeqa.embedding.recent-queries=0 so that every
 *     question is embedded, as a new question would be.
 * Each figure is the median over the rounds. Needs PDFBox on the class path (the service's own lib folder):
 *   java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/IngestBench.java URL TOKEN [rounds]
 */
public class IngestBench {

    static final String[] QUESTIONS = {
            "Who led the Kosovo Albanian delegation at Rambouillet?",
            "When did Kosovo declare independence?",
            "What did Serbia offer Kosovo in the Vienna talks?",
            "Which countries of the European Union do not recognise Kosovo?",
            "Why does Russia oppose Kosovo's independence?",
            "When was the Ahtisaari plan presented?"};
    static final String[] WORDS = ("river valley council harbour bridge survey budget census railway museum school "
            + "forest orchard vineyard market festival archive library hospital station reservoir canal tunnel "
            + "monastery fortress village district province assembly committee report treaty").split(" ");

    static HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("loopback targets only: " + base);
        }
        byte[] pdf = pdf(100, new Random(7));
        List<byte[]> pages = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            pages.add(html(i, random));
        }
        long htmlBytes = pages.stream().mapToLong(b -> b.length).sum();
        System.out.printf("inputs: 100-page PDF %.2f MB; 100 HTML files %.2f MB in all%n", pdf.length / 1e6, htmlBytes / 1e6);
        ask(QUESTIONS[0]); // warm-up

        double[] pdfSeconds = new double[rounds];
        double[] htmlSeconds = new double[rounds];
        double[] citable = new double[rounds];
        double[][] idle = new double[rounds][];
        double[][] busy = new double[rounds][];
        for (int r = 0; r < rounds; r++) {
            String run = "r" + r + "-" + UUID.randomUUID().toString().substring(0, 6);
            idle[r] = latencies(100, null);

            long t0 = System.nanoTime();
            await(post(run + "-report", "report.pdf", pdf));
            pdfSeconds[r] = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                jobs.add(post(run + "-page-" + i, "page-" + i + ".html", pages.get(i)));
            }
            jobs.forEach(IngestBench::await);
            htmlSeconds[r] = (System.nanoTime() - t1) / 1e9;

            String id = run + "-fact";
            String fact = "The " + run.replace("-", " ") + " observatory recorded a meteor shower of 412 meteors.";
            long t2 = System.nanoTime();
            post(id, "fact.html", ("<html><body><h1>Observatory note</h1><p>" + fact + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            String question = "How many meteors did the " + run.replace("-", " ") + " observatory record?";
            while (!ask(question).contains("\"documentId\":\"" + id + "\"")) {
                if ((System.nanoTime() - t2) > 120e9) {
                    throw new IllegalStateException("the uploaded fact was never cited");
                }
            }
            citable[r] = (System.nanoTime() - t2) / 1e6;

            // The same PDF again under another id, with one user asking questions all the while.
            String job = post(run + "-report-again", "report.pdf", pdf);
            AtomicBoolean ingesting = new AtomicBoolean(true);
            Thread waiter = Thread.ofPlatform().start(() -> {
                await(job);
                ingesting.set(false);
            });
            busy[r] = latencies(Integer.MAX_VALUE, ingesting);
            waiter.join();
            System.out.printf("round %d: pdf %.1f s, 100 html %.1f s, citable after %.0f ms, ask idle p50 %.1f p95 %.1f ms"
                            + " (n=%d), during an ingest p50 %.1f p95 %.1f ms (n=%d)%n", r + 1, pdfSeconds[r],
                    htmlSeconds[r], citable[r], pct(idle[r], 50), pct(idle[r], 95), idle[r].length, pct(busy[r], 50),
                    pct(busy[r], 95), busy[r].length);
        }
        double pdfS = median(pdfSeconds);
        double htmlS = median(htmlSeconds);
        System.out.printf("%nmedians of %d rounds%n", rounds);
        System.out.printf("100-page PDF:      %.1f s  = %.1f pages/s, %.3f MB/s%n", pdfS, 100 / pdfS, pdf.length / 1e6 / pdfS);
        System.out.printf("100 HTML files:    %.1f s  = %.1f files/s, %.3f MB/s%n", htmlS, 100 / htmlS, htmlBytes / 1e6 / htmlS);
        System.out.printf("upload to citable: %.0f ms%n", median(citable));
        double[] idleP50 = Arrays.stream(idle).mapToDouble(a -> pct(a, 50)).toArray();
        double[] idleP95 = Arrays.stream(idle).mapToDouble(a -> pct(a, 95)).toArray();
        double[] busyP50 = Arrays.stream(busy).mapToDouble(a -> pct(a, 50)).toArray();
        double[] busyP95 = Arrays.stream(busy).mapToDouble(a -> pct(a, 95)).toArray();
        System.out.printf("/api/ask idle:           p50 %.1f ms, p95 %.1f ms%n", median(idleP50), median(idleP95));
        System.out.printf("/api/ask during ingest:  p50 %.1f ms, p95 %.1f ms  (x%.2f / x%.2f)%n", median(busyP50),
                median(busyP95), median(busyP50) / median(idleP50), median(busyP95) / median(idleP95));
    }

    /** Asks questions one at a time: {@code count} of them, or as long as {@code while} holds. */
    static double[] latencies(int count, AtomicBoolean whileTrue) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count && (whileTrue == null || whileTrue.get()); i++) {
            long t = System.nanoTime();
            ask(QUESTIONS[i % QUESTIONS.length]);
            out.add((System.nanoTime() - t) / 1e6);
        }
        return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static String ask(String question) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question.replace("\"", "'") + "\"}"))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ask answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs one file; returns the job id. */
    static String post(String id, String fileName, byte[] bytes) {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + id + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
            }
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f]+)\"").matcher(response.body());
            if (!m.find()) {
                throw new IllegalStateException("no job id in " + response.body());
            }
            return m.group(1);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String job) {
        try {
            for (;;) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job))
                        .build(), HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                if (body.contains("\"state\":\"done\"")) {
                    return;
                }
                if (body.contains("\"state\":\"failed\"")) {
                    throw new IllegalStateException("job failed: " + body);
                }
                Thread.sleep(20);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sentence(Random random, int page, int n) {
        StringBuilder s = new StringBuilder("In section " + page + "." + n + " the ");
        for (int i = 0; i < 9; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(i % 3 == 2 ? " of the " : " ");
        }
        return s.append("was reviewed in ").append(1950 + random.nextInt(70)).append('.').toString();
    }

    /** A PDF of {@code pages} A4 pages of 12 pt prose, about 45 lines each. */
    static byte[] pdf(int pages, Random random) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    stream.beginText();
                    stream.setFont(font, 10);
                    stream.setLeading(14);
                    stream.newLineAtOffset(50, 790);
                    for (int line = 0; line < 52; line++) {
                        String text = sentence(random, p, line);
                        stream.showText(text.length() > 95 ? text.substring(0, 95) : text);
                        stream.newLine();
                    }
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A small web page: navigation, a heading, six paragraphs, a footer. */
    static byte[] html(int i, Random random) {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Bulletin " + i + "</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><h1>Bulletin " + i + "</h1>");
        for (int p = 0; p < 6; p++) {
            page.append("<p>").append(sentence(random, i, p)).append(' ').append(sentence(random, i, p + 10)).append("</p>");
        }
        return page.append("</main><footer>Copyright 2024</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
