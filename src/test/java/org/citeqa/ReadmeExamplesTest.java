package org.citeqa;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's API examples are what the service returns now: each block between {@code <!-- example: ID -->} and
 * {@code <!-- /example -->} is the request (as curl) and the response of that request to this test instance, rendered
 * with the elisions the README states: {@code text} fields cut after 100 characters with "…", {@code quote} fields
 * after 240, some examples
 * showing only the fields they are about, and of a stream its first passages, first delta and answer events, each data
 * line cut after 200 characters. Anything else that differs fails the test.
 * <p>
 * When the service's output changes on purpose, rewrite the blocks with
 * {@code ./mvnw test -Dtest=ReadmeExamplesTest -Dciteqa.readme.update=true} and review the diff.
 */
@QuarkusTest
class ReadmeExamplesTest {

    static final Path README = Path.of("README.md");
    static final int CUT = 100;
    static final int QUOTE_CUT = 240;
    static final int SSE_CUT = 200;

    /** One README example: the request, and which fields of the response it shows (all when empty). */
    record Example(String id, String method, String path, String body, List<String> fields) {
        static Example get(String id, String path) {
            return new Example(id, "GET", path, null, List.of());
        }

        static Example post(String id, String path, String body, String... fields) {
            return new Example(id, "POST", path, body, List.of(fields));
        }
    }

    static final List<Example> EXAMPLES = List.of(
            Example.get("search", "/api/search?q=Which+model+did+Serbia+propose+in+Vienna&k=2"),
            Example.post("ask", "/api/ask",
                    "{\"question\":\"When did the International Court of Justice release its advisory opinion on Kosovo?\"}"),
            Example.post("ask-unanswered", "/api/ask", "{\"question\":\"What is the population of Belgrade?\"}"),
            Example.post("ask-follow-up", "/api/ask", "{\"question\":\"When did he arrive in Pristina?\",\"history\":["
                            + "{\"role\":\"user\",\"content\":\"Who was appointed UN Special Envoy for the status of Kosovo?\"},"
                            + "{\"role\":\"assistant\",\"content\":\"Martti Ahtisaari was appointed UN Special Envoy.\"}]}",
                    "question", "answered", "standaloneQuestion"),
            Example.post("ask-stream", "/api/ask/stream", "{\"question\":\"How many French soldiers served in KFOR in 2011?\"}"),
            Example.post("verify", "/api/verify", "{\"claim\":\"The Rambouillet conference was held in Austria.\"}"),
            Example.post("verify-text", "/api/verify/text", "{\"text\":\"Egypt was the 100th country to recognise Kosovo. "
                    + "Spain has recognised Kosovo. Kosovo uses the euro.\"}"),
            new Example("documents", "GET", "/api/documents", null, List.of("id", "title", "source", "length", "format",
                    "pages", "uploaded")),
            Example.get("document", "/api/documents/us-russia-kosovo-independence-2007"),
            Example.get("examples", "/api/examples"));

    private static final Pattern BLOCK = Pattern.compile("<!-- example: ([\\w-]+) -->\\n(.*?)<!-- /example -->",
            Pattern.DOTALL);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readmeExamplesAreWhatTheServiceReturns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Map<String, String> rendered = new java.util.LinkedHashMap<>();
        for (Example example : EXAMPLES) {
            rendered.put(example.id(), render(example));
        }
        List<String> differences = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        StringBuilder updated = new StringBuilder();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            String id = m.group(1);
            assertTrue(rendered.containsKey(id), "the README has an example this test does not know: " + id);
            assertTrue(seen.add(id), "example " + id + " appears twice");
            if (!m.group(2).equals(rendered.get(id))) {
                differences.add(id + ": the README shows\n" + m.group(2) + "\nthe service returns\n" + rendered.get(id));
            }
            m.appendReplacement(updated, Matcher.quoteReplacement("<!-- example: " + id + " -->\n" + rendered.get(id)
                    + "<!-- /example -->"));
        }
        m.appendTail(updated);
        assertEquals(rendered.keySet(), seen, "every example is in the README");
        if (differences.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean("citeqa.readme.update")) {
            Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
            System.out.println("README examples rewritten: " + differences.size() + " changed");
            return;
        }
        fail(differences.size() + " README example(s) differ from what the service returns; if the change is intended,"
                + " run ./mvnw test -Dtest=ReadmeExamplesTest -Dciteqa.readme.update=true and review the diff.\n\n"
                + String.join("\n\n", differences));
    }

    private String render(Example example) throws IOException {
        String url = "http://localhost:8080" + example.path();
        assertTrue(example.body() == null || !example.body().contains("'"), "a body must fit in single quotes: " + example.id());
        StringBuilder out = new StringBuilder("```bash\n");
        if (example.method().equals("GET")) {
            out.append("curl '").append(url).append("'\n");
        } else {
            out.append("curl ").append(example.path().endsWith("/stream") ? "-N " : "").append("-X POST ").append(url)
                    .append(" -H 'Content-Type: application/json' \\\n  -d '").append(example.body()).append("'\n");
        }
        out.append("```\n");
        // The path is sent as written, as curl sends it: RestAssured would encode its "+" as "%2B".
        Response response = example.method().equals("GET") ? given().urlEncodingEnabled(false).get(example.path())
                : given().contentType("application/json").body(example.body()).post(example.path());
        assertEquals(200, response.statusCode(), example.id() + ": " + response.asString());
        if (example.path().endsWith("/stream")) {
            return out.append("```\n").append(stream(response.asString())).append("```\n").toString();
        }
        JsonNode body = json.readTree(response.asString());
        StringBuilder rendered = new StringBuilder();
        write(body, example.fields(), 0, rendered);
        return out.append("```json\n").append(rendered).append("\n```\n").toString();
    }

    /** The first passages, the first delta and the answer event, each line as sent, data lines cut. */
    private static String stream(String sse) {
        StringBuilder out = new StringBuilder();
        Set<String> shown = new java.util.HashSet<>();
        for (String event : sse.split("\n\n")) {
            String name = event.lines().filter(l -> l.startsWith("event:")).findFirst().orElse("");
            if (name.isEmpty() || !shown.add(name)) {
                continue;
            }
            for (String line : event.lines().toList()) {
                out.append(line.startsWith("data:") && line.length() > SSE_CUT ? line.substring(0, SSE_CUT) + "…" : line)
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Pretty JSON, two spaces: scalars and lists of scalars on one line, text fields cut. */
    private static void write(JsonNode node, List<String> fields, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth + 1);
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            List<String> lines = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
            boolean left = false;
            while (entries.hasNext()) {
                var e = entries.next();
                if (!fields.isEmpty() && !fields.contains(e.getKey())) {
                    left = true;
                    continue;
                }
                StringBuilder value = new StringBuilder();
                int cut = e.getKey().equals("text") ? CUT : e.getKey().equals("quote") ? QUOTE_CUT : Integer.MAX_VALUE;
                if (e.getValue().isTextual() && e.getValue().asText().length() > cut) {
                    value.append(quote(e.getValue().asText().substring(0, cut) + "…"));
                } else {
                    write(e.getValue(), List.of(), depth + 1, value);
                }
                lines.add(indent + quote(e.getKey()) + ": " + value);
            }
            if (left) {
                lines.add(indent + "\"…\": \"" + (depth == 0 ? "the other fields, as in the examples above" : "…") + "\"");
            }
            out.append(String.join(",\n", lines)).append('\n').append("  ".repeat(depth)).append('}');
        } else if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode item : node) {
                scalars &= item.isValueNode();
            }
            if (node.isEmpty() || scalars) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(item.toString()));
                out.append('[').append(String.join(", ", items)).append(']');
                return;
            }
            out.append("[\n");
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                StringBuilder value = new StringBuilder(indent);
                write(item, depth == 0 ? fields : List.of(), depth + 1, value);
                items.add(value.toString());
            }
            out.append(String.join(",\n", items)).append('\n').append("  ".repeat(depth)).append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static String quote(String text) {
        return new com.fasterxml.jackson.databind.node.TextNode(text).toString();
    }
}
