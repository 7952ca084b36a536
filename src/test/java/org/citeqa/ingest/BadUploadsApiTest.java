package org.citeqa.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citeqa.corpus.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bad upload gets its 4xx problem+json and leaves the corpus whole: the document list, the search results
 * and the stored originals under the data folder are exactly as before the request.
 */
@QuarkusTest
@TestProfile(IngestProfile.class)
class BadUploadsApiTest {

    static final byte[] PDF = TestFiles.pdf("Report", DocumentIngestApiTest.REPORT);

    /** What a bad request must not change. */
    private record State(String documents, String search, List<String> stored) {
    }

    private static State state() {
        String documents = given().get("/api/documents").then().statusCode(200).extract().asString();
        String search = given().get("/api/search?q=Kosovo+independence+report&k=10").then().statusCode(200)
                .extract().asString();
        try (Stream<Path> files = Files.walk(IngestProfile.DATA.resolve("documents"))) {
            return new State(documents, search, files.map(p -> p + ":" + p.toFile().length()).sorted().toList());
        } catch (java.nio.file.NoSuchFileException e) {
            return new State(documents, search, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification admin() {
        return DocumentIngestApiTest.admin();
    }

    /** Sends a request and checks its status, that it is a problem, and that nothing changed. */
    private static ValidatableResponse refused(int status, java.util.function.Supplier<io.restassured.response.Response> send) {
        State before = state();
        ValidatableResponse response = send.get().then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status));
        assertEquals(before, state(), "the corpus changed after a refused request");
        return response;
    }

    private static ValidatableResponse refusedUpload(int status, String fileName, byte[] bytes) {
        return refused(status, () -> admin().multiPart("file", fileName, bytes).post("/api/documents"));
    }

    /** A multipart body cut short (no closing boundary) is the client's error, not the server's: it was a 500. */
    @Test
    void aTruncatedMultipartBodyIs400() {
        byte[] truncated = ("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.txt\"\r\n\r\n"
                + "Some text.\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String method : List.of("POST", "PUT")) {
            refused(400, () -> admin().contentType("multipart/form-data; boundary=XyZ").body(truncated)
                    .request(method, method.equals("POST") ? "/api/documents" : "/api/documents/truncated"))
                    .body("detail", containsString("multipart"));
        }
    }

    @Test
    void anEmptyFileIs400() {
        refusedUpload(400, "empty.pdf", new byte[0]).body("detail", containsString("empty"));
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = new byte[(int) IngestProfile.MAX_BYTES + 1000];
        Arrays.fill(big, (byte) 'a');
        refusedUpload(413, "big.txt", big).body("detail", containsString("citeqa.ingest.max-bytes"));
    }

    @Test
    void aFormatNotOnTheAllowListIs415() throws IOException {
        refusedUpload(415, "data.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 9, 8}).body("detail", containsString("format"));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("s").createRow(0).createCell(0).setCellValue("Kosovo");
            book.write(xlsx);
        }
        refusedUpload(415, "sheet.xlsx", xlsx.toByteArray());
        refusedUpload(415, "renamed.pdf", "just some words, not a PDF at all".getBytes(StandardCharsets.UTF_8).length > 0
                ? new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13} : null);
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        refusedUpload(415, "noise.txt", noise).body("detail", containsString("not UTF-8 text"));
        given().get("/api/documents/noise").then().statusCode(404);
    }

    @Test
    void aCorruptOrTruncatedPdfIs422() {
        refusedUpload(422, "junk.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII)).body("detail", containsString("damaged"));
        refusedUpload(422, "half.pdf", Arrays.copyOf(PDF, PDF.length / 2)).body("detail", containsString("truncated"));
    }

    @Test
    void anEncryptedPdfIs422SayingSo() {
        refusedUpload(422, "secret.pdf", TestFiles.pdf("Secret", DocumentIngestApiTest.REPORT, "letmein"))
                .body("detail", containsString("encrypted"));
    }

    @Test
    void aPdfWithoutTextIs422() {
        refusedUpload(422, "scan.pdf", TestFiles.pdf("Scan", List.of(new TestFiles.PdfPage(List.of()))))
                .body("detail", containsString("no text"));
    }

    @Test
    void aZipBombInsideADocxIs422() {
        byte[] bomb = TestFiles.docxBomb(300L << 20);
        refusedUpload(422, "bomb.docx", bomb).body("detail", containsString("zip bomb"));
    }

    @Test
    void aDuplicateIdIs409UnlessItIsAPut() {
        refused(409, () -> admin().multiPart("file", "x.txt", "Some text about Kosovo.".getBytes(StandardCharsets.UTF_8))
                .multiPart("id", "kosovo-foreign-relations").post("/api/documents"))
                .body("detail", containsString("PUT"));
        refused(409, () -> admin().multiPart("file", "Notes.txt", "One.".getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "notes.md", "Two.".getBytes(StandardCharsets.UTF_8)).post("/api/documents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b", "..", ".hidden", "-dash", "with space", "x..y", "tab\tid",
            "ünïcödé", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anUnsafeIdIs400(String id) {
        refused(400, () -> admin().multiPart("file", "x.txt", "Words.".getBytes(StandardCharsets.UTF_8))
                .multiPart("id", id).post("/api/documents")).body("detail", containsString("not allowed"));
    }

    @Test
    void malformedWritesAre4xx() {
        refused(400, () -> admin().multiPart("title", "No file").post("/api/documents"))
                .body("detail", containsString("file"));
        refused(415, () -> admin().contentType("application/json").body("{\"file\":\"x\"}").post("/api/documents"))
                .body("detail", containsString("multipart/form-data"));
        refused(400, () -> admin().multiPart("file", "a.txt", "A.".getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "b.txt", "B.".getBytes(StandardCharsets.UTF_8)).put("/api/documents/ab"));
        refused(404, () -> admin().delete("/api/documents/no-such-document"));
    }

    @Test
    void writesWithoutTheTokenAre401() {
        refused(401, () -> given().multiPart("file", "x.txt", "Words.".getBytes(StandardCharsets.UTF_8)).post("/api/documents"))
                .header("WWW-Authenticate", containsString("Bearer"));
        refused(401, () -> given().header("Authorization", "Bearer wrong-token")
                .multiPart("file", "x.txt", "Words.".getBytes(StandardCharsets.UTF_8)).post("/api/documents"))
                .body("detail", containsString("not valid"));
        refused(401, () -> given().header("Authorization", "Basic " + IngestProfile.TOKEN).delete("/api/documents/kosovo-foreign-relations"));
        refused(401, () -> given().delete("/api/documents/kosovo-foreign-relations"));
        refused(401, () -> given().multiPart("file", "x.txt", "W.".getBytes(StandardCharsets.UTF_8)).put("/api/documents/kosovo-foreign-relations"));
        given().get("/api/documents").then().statusCode(200); // reading stays open
    }
}
