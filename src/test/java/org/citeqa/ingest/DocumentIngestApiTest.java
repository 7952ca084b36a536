package org.citeqa.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.citeqa.corpus.OriginalStore;
import org.citeqa.corpus.TestFiles;
import org.citeqa.index.CorpusIndex;
import org.junit.jupiter.api.Test;

/**
 * Uploading real files over HTTP: a PDF with two pages and a footnote, a saved web page with navigation and a
 * footer, a Word file. Each becomes citable with exact offsets (and pages for the PDF); replacing and removing work
 * while the service runs.
 */
@QuarkusTest
@TestProfile(IngestProfile.class)
class DocumentIngestApiTest {

    @Inject
    CorpusIndex index;

    static final List<TestFiles.PdfPage> REPORT = List.of(
            new TestFiles.PdfPage(List.of(
                    "Restoring the Ohrid wetlands",
                    "",
                    "The Studenchishte marsh on the shore of Lake Ohrid shrank by half between",
                    "1960 and 2020, the park survey found.1 Reed beds were drained for farmland and for building",
                    "plots, and the lake lost much of its natural filter."),
                    List.of("1 Survey of the Galicica National Park, 2021.")),
            new TestFiles.PdfPage(List.of(
                    "In 2022 the municipality of Ohrid agreed to restore the marsh. The restoration",
                    "plan returns forty hectares to the wetland and bans new building on the shore.")));

    static final String PAGE = """
            <!doctype html><html><head><title>Pelister bears | Mountain news</title></head><body>
            <nav><a href="/">Home</a> <a href="/wildlife">Wildlife</a> <a href="/contact">Contact us</a></nav>
            <main><h1>Brown bears return to Pelister</h1>
            <p>Rangers counted eleven brown bears in Pelister National Park in the spring of 2023.</p>
            <p>The park had recorded no more than four bears a decade earlier.</p></main>
            <footer><p>Subscribe to our newsletter</p><p>Copyright 2023 Mountain News</p></footer>
            </body></html>
            """;

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + IngestProfile.TOKEN);
    }

    static JsonPath upload(String fileName, byte[] bytes, Map<String, String> fields) {
        RequestSpecification request = admin().multiPart("file", fileName, bytes);
        fields.forEach(request::multiPart);
        String job = request.post("/api/documents").then().statusCode(202)
                .header("Location", containsString("/api/jobs/"))
                .body("state", org.hamcrest.Matchers.oneOf("queued", "running", "done"))
                .extract().path("id");
        JsonPath done = Jobs.await(job);
        assertEquals("done", done.getString("state"), done.prettify());
        return done;
    }

    static Map<String, Object> ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask")
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstCitation(Map<String, Object> answer) {
        List<Map<String, Object>> citations = (List<Map<String, Object>>) answer.get("citations");
        assertFalse(citations.isEmpty(), "no citation: " + answer);
        return citations.getFirst();
    }

    static void assertQuoteIsExact(Map<String, Object> citation) {
        String text = given().get("/api/documents/" + citation.get("documentId")).then().statusCode(200)
                .extract().path("text");
        assertEquals(citation.get("quote"), text.substring((Integer) citation.get("start"), (Integer) citation.get("end")));
    }

    /** The README's upload example: {@link #REPORT} written once by {@link TestFiles#pdf}. */
    static final Path README_PDF = Path.of("src/test/resources/examples/ohrid-wetlands.pdf");

    @Test
    void anUploadedPdfIsCitedWithItsPageAndExactOffsets() throws IOException {
        JsonPath job = upload("ohrid-wetlands.pdf", Files.readAllBytes(README_PDF), Map.of());
        assertEquals(List.of("ohrid-wetlands"), job.getList("documents"));
        assertEquals(2, job.getInt("pages"));

        given().get("/api/documents").then().statusCode(200)
                .body("find { it.id == 'ohrid-wetlands' }.format", equalTo("pdf"))
                .body("find { it.id == 'ohrid-wetlands' }.pages", equalTo(2))
                .body("find { it.id == 'ohrid-wetlands' }.uploaded", equalTo(true))
                .body("find { it.id == 'ohrid-wetlands' }.title", equalTo("Restoring the Ohrid wetlands"))
                .body("find { it.id == 'ohrid-wetlands' }.added", not(equalTo(null)));

        Map<String, Object> answer = ask("How many hectares does the restoration plan return to the wetland?");
        Map<String, Object> citation = firstCitation(answer);
        assertEquals("ohrid-wetlands", citation.get("documentId"));
        assertTrue(((String) citation.get("quote")).contains("forty hectares"), citation.toString());
        assertEquals(2, citation.get("page"));
        assertQuoteIsExact(citation);

        Map<String, Object> first = firstCitation(ask("What did the park survey find about the Studenchishte marsh?"));
        assertEquals(1, first.get("page"));
        assertTrue(((String) first.get("quote")).contains("shrank by half between 1960 and 2020, the park survey found."),
                first.toString());
        assertFalse(((String) first.get("quote")).contains("found.1"), "the footnote marker is gone: " + first);
        assertQuoteIsExact(first);

        // A hit gives the page its passage starts on: this short report is one passage, from page 1 into page 2.
        given().get("/api/search?q=restoration+plan+hectares&k=1").then().statusCode(200)
                .body("hits[0].documentId", equalTo("ohrid-wetlands")).body("hits[0].page", equalTo(1))
                .body("hits[0].text", containsString("forty hectares"));
        given().get("/api/documents/ohrid-wetlands").then().statusCode(200)
                .body("text", containsString("Notes\n\n1 Survey of the Galicica National Park, 2021."))
                .body("pageSpans.page", hasItem(2));
    }

    @Test
    void aSavedWebPageIsCitedWithoutItsNavigationOrFooter() {
        upload("pelister-bears.html", PAGE.getBytes(StandardCharsets.UTF_8), Map.of("source", "Mountain News, 2023"));
        Map<String, Object> citation = firstCitation(ask("How many brown bears did rangers count in Pelister National Park?"));
        assertEquals("pelister-bears", citation.get("documentId"));
        assertTrue(((String) citation.get("quote")).contains("eleven brown bears"), citation.toString());
        assertEquals(null, citation.get("page"));
        assertQuoteIsExact(citation);
        given().get("/api/documents/pelister-bears").then().statusCode(200)
                .body("source", equalTo("Mountain News, 2023"))
                .body("title", equalTo("Pelister bears | Mountain news"))
                .body("text", not(containsString("Contact us")))
                .body("text", not(containsString("Subscribe")))
                .body("text", not(containsString("Copyright")));
    }

    @Test
    void aWordFileIsCitedAndCanBeReplacedAndRemoved() {
        byte[] docx = TestFiles.docx("Prespa pelicans", "Pelicans of Prespa", List.of(
                "The Dalmatian pelican colony on Lake Prespa numbered 1,400 pairs in 2019.",
                "It is the largest colony of the species in the world."));
        upload("prespa-pelicans.docx", docx, Map.of("id", "pelicans"));
        Map<String, Object> citation = firstCitation(ask("How many pairs did the Dalmatian pelican colony on Lake Prespa number?"));
        assertEquals("pelicans", citation.get("documentId"));
        assertEquals("Prespa pelicans", citation.get("title"));
        assertQuoteIsExact(citation);

        byte[] newer = TestFiles.docx("Prespa pelicans", "Pelicans of Prespa", List.of(
                "The Dalmatian pelican colony on Lake Prespa numbered 1,600 pairs in 2023."));
        String replaced = admin().multiPart("file", "prespa-pelicans.docx", newer).put("/api/documents/pelicans")
                .then().statusCode(202).body("kind", equalTo("replace")).extract().path("id");
        assertEquals("done", Jobs.await(replaced).getString("state"));
        Map<String, Object> now = firstCitation(ask("How many pairs did the Dalmatian pelican colony on Lake Prespa number?"));
        assertTrue(((String) now.get("quote")).contains("1,600 pairs"), now.toString());
        given().get("/api/search?q=largest+species+world&k=5").then().statusCode(200)
                .body("hits.documentId", not(hasItem("pelicans")));

        String removed = admin().delete("/api/documents/pelicans").then().statusCode(202)
                .body("kind", equalTo("delete")).extract().path("id");
        assertEquals("done", Jobs.await(removed).getString("state"));
        given().get("/api/documents/pelicans").then().statusCode(404);
        given().get("/api/search?q=Dalmatian+pelican+colony&k=5").then().statusCode(200)
                .body("hits.documentId", not(hasItem("pelicans")));
        // The same question again: its remembered answer went with the snapshot that held the document.
        Map<String, Object> gone = ask("How many pairs did the Dalmatian pelican colony on Lake Prespa number?");
        assertFalse(gone.toString().contains("1,600 pairs"), gone.toString());
    }

    /**
     * Uploads {@code <id>.txt}: a title ("Quillon survey" for id "quillon"), then {@code paragraphs} paragraphs;
     * returns the job's id. Many paragraphs keep the indexing busy for a while.
     */
    static String postSurvey(String id, int paragraphs, java.util.function.IntFunction<String> paragraph) {
        StringBuilder text = new StringBuilder(Character.toUpperCase(id.charAt(0)) + id.substring(1) + " survey\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append(paragraph.apply(i)).append("\n\n");
        }
        return admin().multiPart("file", id + ".txt", text.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/documents").then().statusCode(202).extract().path("id");
    }

    @Test
    void aReplaceSentWhileADeleteWaitsIsWhatARestartFinds() throws IOException {
        // Long enough that its indexing is still running when the delete and the replace arrive.
        String added = postSurvey("quillon", 300,
                i -> "Quillon weir " + i + " held back " + (200 + i)
                        + " cubic metres of meltwater in the spring thaw above the eastern terraces.");
        String removed = admin().delete("/api/documents/quillon").then().statusCode(202).extract().path("id");
        String newer = "Quillon survey\n\nThe Quillon weir was rebuilt in basalt in 2024.\n";
        String replaced = admin().multiPart("file", "quillon.txt", newer.getBytes(StandardCharsets.UTF_8))
                .put("/api/documents/quillon").then().statusCode(202).extract().path("id");
        for (String job : List.of(added, removed, replaced)) {
            assertEquals("done", Jobs.await(job).getString("state"));
        }
        given().get("/api/documents/quillon").then().statusCode(200).body("text", equalTo(newer.strip()));
        // What a restart reads: the stored originals, newest version first. The replace came last, so it wins.
        OriginalStore.Entry stored = index.originals().recover().stream().filter(e -> e.id().equals("quillon"))
                .findFirst().orElseThrow(() -> new AssertionError("the replaced document would be gone after a restart"));
        assertFalse(stored.removed(), "a restart would hide the replaced document");
        assertEquals(newer, Files.readString(stored.file()));
        admin().delete("/api/documents/quillon").then().statusCode(202);
    }

    @Test
    void aNewDocumentBecomesVisibleAllAtOnceNeverHalf() throws Exception {
        String job = postSurvey("zebulon", 60,
                i -> "Zebulon station " + i + " recorded " + (100 + i)
                        + " millimetres of rain in a season of storms and floods over the northern valleys.");
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        while (!List.of("done", "failed").contains(given().get("/api/jobs/" + job).then().extract().<String>path("state"))) {
            seen.add(given().get("/api/search?q=zebulon+station+rain&k=50").then().statusCode(200)
                    .extract().jsonPath().getList("hits").size());
        }
        int total = given().get("/api/search?q=zebulon+station+rain&k=50").then().extract().jsonPath().getList("hits").size();
        assertTrue(total > 5, "the document has many chunks: " + total);
        seen.add(total);
        assertTrue(seen.stream().allMatch(n -> n == 0 || n == total),
                "every search saw none or all of the new document's chunks: " + seen);
    }

    @Test
    void jobsReportProgressAndUnknownJobsAreNotFound() {
        JsonPath job = upload("wind.txt", "Wind\n\nThe bora wind reached 150 km/h at Skopje airport in 2012.\n"
                .getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(1, job.getInt("documentsDone"));
        assertEquals(1.0, job.getDouble("progress"));
        assertNotNull(job.getString("finishedAt"));
        given().get("/api/jobs/nope").then().statusCode(404).contentType("application/problem+json");
    }
}
