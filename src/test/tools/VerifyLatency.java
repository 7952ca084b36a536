import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures POST /api/verify latency on loopback: a bounded warm-up, then a bounded run, one request at a time.
 * Usage: java src/test/tools/VerifyLatency.java [baseUrl] [requests]
 */
public class VerifyLatency {
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8091";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        String[] claims = {
                "Egypt was the 100th country to recognise Kosovo.", "The Rambouillet conference was held in Austria.",
                "Spain has recognised Kosovo's independence.", "Kosovo uses the euro as its currency.",
                "The ICJ released its advisory opinion on July 22, 2012.", "Italy was a member of the Contact Group."};
        HttpClient client = HttpClient.newHttpClient();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 100 + n; i++) {
            String body = "{\"claim\":\"" + claims[i % claims.length].replace("\"", "\\\"") + "\"}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
            long us = (System.nanoTime() - t0) / 1000;
            if (res.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + res.statusCode() + ": " + res.body());
            }
            if (i >= 100) {
                micros.add(us);
            }
        }
        Collections.sort(micros);
        System.out.printf("requests=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n", micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.95)) / 1000.0,
                micros.get((int) (micros.size() * 0.99)) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }
}
