package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run against every endpoint: adversarial strings, wrong JSON, broken bytes. No request may
 * yield a 5xx, every error must be problem+json, and the service must still answer correctly afterwards.
 */
@QuarkusTest
class FuzzApiTest {

    private static final long SEED = 20261123L;
    private static final int REQUESTS = 3000;

    private static final String[] NASTY = {
            "", " ", "\t\n\r", "\u0000", "\u0000\u0001\u0002\u001f\u007f", "\uFEFF", "\u200B\u200C\u200D\u2060",
            "\u202E\u202Dreversed", "ｆｕｌｌｗｉｄｔｈ", "e\u0301\u0301\u0301\u0301", "\uD800", "\uDC00abc", "🇽🇰🤔💥",
            "\"", "'", "\\", "\\\"", "*", "?", "~", "^", ":", "AND", "OR NOT", "title:x", "text:*", "[1 TO *]",
            "{!func}", "((((((", "))))", "\"unbalanced", "a*b?c~2^3", "/regex/", "+-&&||!(){}[]^\"~*?:\\/",
            "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "${jndi:ldap://x}", "%00%ff%2e%2e%2f",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "C:\\boot.ini", "null", "true",
            "-1", "1e309", "NaN", "Kosovo", "Who led the Kosovo Albanian delegation at Rambouillet?",
            "Egypt was the 100th country to recognise Kosovo."};

    private final Random random = new Random(SEED);

    @Test
    void noInputYieldsA5xxAndErrorsAreProblems() {
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Fuzzed request = next();
            Response response = request.send();
            statuses.merge(request.endpoint() + " " + response.statusCode(), 1, Integer::sum);
            int status = response.statusCode();
            String type = response.contentType();
            if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                failures.add(request.describe() + " -> " + status + " " + type + " " + abbreviate(response.asString()));
            }
        }
        System.out.println("Fuzz: " + REQUESTS + " requests, seed " + SEED + ", status counts " + statuses);
        assertTrue(failures.isEmpty(), failures.size() + " bad responses, first: " + failures.subList(0,
                Math.min(5, failures.size())));

        // Still answering correctly afterwards.
        String answer = given().contentType("application/json")
                .body(Map.of("question", "Who led the Kosovo Albanian delegation at Rambouillet?"))
                .post("/api/ask").then().statusCode(200).extract().path("answer");
        assertTrue(answer.contains("Thaci"), answer);
        assertEquals(3, given().get("/api/documents").then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    private record Fuzzed(String endpoint, String describe, java.util.function.Supplier<Response> call) {
        Response send() {
            return call.get();
        }
    }

    private Fuzzed next() {
        return switch (random.nextInt(7)) {
            case 0 -> search();
            case 1 -> post("/api/ask", "question");
            case 6 -> post("/api/ask/stream", "question");
            case 2 -> post("/api/verify", "claim");
            case 3 -> post("/api/verify/text", "text");
            case 4 -> document();
            default -> rawBody(pick("/api/ask", "/api/ask/stream", "/api/verify", "/api/verify/text"));
        };
    }

    private Fuzzed search() {
        String q = text();
        String k = pick("", "0", "1", "5", "50", "51", "-1", "abc", "1e3", "9999999999999", text());
        String mode = pick(null, "bm25", "vector", "hybrid", "BM25", "", "x", text());
        RequestSpecification spec = given().urlEncodingEnabled(true).queryParam("q", q);
        if (!k.isEmpty()) {
            spec = spec.queryParam("k", k);
        }
        if (mode != null) {
            spec = spec.queryParam("mode", mode);
        }
        RequestSpecification finalSpec = spec;
        return new Fuzzed("search", "search q=" + abbreviate(q) + " k=" + abbreviate(k) + " mode=" + mode,
                () -> finalSpec.get("/api/search"));
    }

    private Fuzzed post(String path, String field) {
        String body = switch (random.nextInt(9)) {
            case 0 -> "{\"" + field + "\":" + jsonString(text()) + "}";
            case 1 -> "{\"" + field + "\":" + pick("null", "1", "-0.5", "true", "[]", "[\"a\"]", "{}", "{\"a\":{}}") + "}";
            case 2 -> "{\"" + field + "\":" + jsonString(text()) + ",\"mode\":" + jsonString(pick("auto", "model",
                    "extractive", "x", "")) + ",\"history\":" + pick("null", "[]", "[{}]", "[{\"role\":\"user\"}]",
                    "[{\"role\":\"x\",\"content\":1}]", "\"h\"", "{}") + "}";
            case 3 -> "[".repeat(2000 + random.nextInt(3000)) + "]".repeat(random.nextInt(10));
            case 4 -> "{\"a\":".repeat(500 + random.nextInt(2000)) + "1" + "}".repeat(random.nextInt(3));
            case 5 -> pick("", "null", "0", "\"x\"", "{", "}", "{\"" + field + "\"}", "{" + field + ":1}", "[]");
            case 6 -> "{\"" + field + "\":\"" + "x".repeat(1990 + random.nextInt(30)) + "\"}";
            case 7 -> "{\"" + field + "\":" + jsonString(text()) + ",\"" + field + "\":" + jsonString(text()) + "}";
            default -> "{\"unexpected\":" + jsonString(text()) + "}";
        };
        String type = pick("application/json", "application/json", "application/json", "text/plain",
                "application/xml", "application/json; charset=latin1", "*/*");
        return new Fuzzed(path, path + " " + type + " " + abbreviate(body),
                () -> given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8)).post(path));
    }

    private Fuzzed document() {
        String path = random.nextBoolean() ? escapePath(text()) : pick("kosovo-foreign-relations",
                "..%2f..%2fpom.xml", "%2e%2e", "corpus%2Fx.txt", "%00", "a%2Fb", "%c0%ae%c0%ae%2f", "x".repeat(3000));
        return new Fuzzed("document", "document " + abbreviate(path),
                () -> given().urlEncodingEnabled(false).get("/api/documents/" + path));
    }

    private Fuzzed rawBody(String path) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        byte[] wrapped = ("{\"question\":\"" + new String(bytes, StandardCharsets.ISO_8859_1) + "\"}")
                .getBytes(StandardCharsets.ISO_8859_1); // invalid UTF-8 inside a JSON string
        byte[] body = random.nextBoolean() ? bytes : wrapped;
        return new Fuzzed(path, path + " raw " + body.length + " bytes",
                () -> given().contentType("application/json").body(body).post(path));
    }

    private String text() {
        StringBuilder s = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            s.append(switch (random.nextInt(5)) {
                case 0 -> NASTY[random.nextInt(NASTY.length)];
                case 1 -> randomUnicode(random.nextInt(40));
                case 2 -> "w".repeat(random.nextInt(3000));
                default -> NASTY[random.nextInt(NASTY.length)] + " " + NASTY[random.nextInt(NASTY.length)];
            });
        }
        return s.toString();
    }

    private String randomUnicode(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0xA0 + random.nextInt(0x2FFF);
                default -> 0x1F300 + random.nextInt(0x300);
            });
        }
        return s.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String escapePath(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_') {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
    }
}
