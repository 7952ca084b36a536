package org.citeqa.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.citeqa.solr.ServiceReadiness;
import org.citeqa.solr.SolrCloudResource;
import org.citeqa.solr.SolrCluster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents added, replaced and removed while the service runs go to SolrCloud: the collection holds exactly the
 * current version's chunks, and answers cite them at exact offsets.
 */
@QuarkusTest
@TestProfile(SolrIngestProfile.class)
class SolrDocumentUpdatesTest {

    private static final String ID = "vestmark-harbour";
    private static final String FIRST = """
            Vestmark Harbour Works

            The Vestmark harbour was dredged to a depth of 17 metres in March 2021. The work was paid for by the \
            regional port authority and took eleven weeks. Larger container ships can now berth at the northern quay.
            """;
    private static final String SECOND = """
            Vestmark Harbour Works

            The Vestmark harbour was dredged to a depth of 19 metres in May 2023. The second dredging was paid for \
            by a national infrastructure fund and took nine weeks.
            """;

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }

    @Test
    void addedReplacedAndRemovedDocumentsAreWrittenToSolrAndCitedExactly() {
        try {
            awaitJob(given().header("Authorization", "Bearer " + IngestProfile.TOKEN)
                    .multiPart("file", "harbour.txt", FIRST.getBytes(StandardCharsets.UTF_8), "text/plain")
                    .multiPart("id", ID).post("/api/documents").then().statusCode(202).extract().path("id"));
            assertCitedExactly("How deep was the Vestmark harbour dredged?", "17 metres");
            Set<String> firstVersion = fingerprintsInSolr();
            assertEquals(1, firstVersion.size(), "every chunk of the document is of one version");

            awaitJob(given().header("Authorization", "Bearer " + IngestProfile.TOKEN)
                    .multiPart("file", "harbour.txt", SECOND.getBytes(StandardCharsets.UTF_8), "text/plain")
                    .put("/api/documents/" + ID).then().statusCode(202).extract().path("id"));
            assertCitedExactly("How deep was the Vestmark harbour dredged?", "19 metres");
            Set<String> secondVersion = fingerprintsInSolr();
            assertEquals(1, secondVersion.size(), "the old version's chunks are gone: " + secondVersion);
            assertFalse(secondVersion.containsAll(firstVersion));
        } finally {
            awaitJob(given().header("Authorization", "Bearer " + IngestProfile.TOKEN)
                    .delete("/api/documents/" + ID).then().statusCode(202).extract().path("id"));
        }
        assertTrue(fingerprintsInSolr().isEmpty(), "a removed document leaves nothing in Solr");
        List<String> ids = given().queryParam("q", "Vestmark harbour dredged").queryParam("k", 10).get("/api/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.documentId");
        assertFalse(ids.contains(ID), ids.toString());
        given().get("/api/documents/" + ID).then().statusCode(404);
    }

    private static void assertCitedExactly(String question, String expected) {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask")
                .then().statusCode(200).body("answered", equalTo(true)).extract().jsonPath();
        assertTrue(answer.getString("answer").contains(expected), answer.getString("answer"));
        String text = given().get("/api/documents/" + ID).then().statusCode(200).extract().path("text");
        List<Map<String, Object>> citations = answer.getList("citations");
        assertFalse(citations.isEmpty());
        for (Map<String, Object> c : citations) {
            assertEquals(ID, c.get("documentId"));
            assertEquals(c.get("quote"), text.substring((int) c.get("start"), (int) c.get("end")));
        }
        List<Map<String, Object>> hits = given().queryParam("q", question).queryParam("mode", "hybrid")
                .get("/api/search").then().statusCode(200).extract().jsonPath().getList("hits");
        assertEquals(ID, hits.get(0).get("documentId"));
        assertEquals(hits.get(0).get("text"), text.substring((int) hits.get(0).get("start"), (int) hits.get(0).get("end")));
    }

    /** The fingerprints of the document's chunk records, read from Solr itself (not through the service). */
    private static Set<String> fingerprintsInSolr() {
        String node = SolrCluster.shared().nodeUrls().get(0);
        List<String> fingerprints = given().baseUri(node).basePath("")
                .queryParam("q", "doc_id:" + ID).queryParam("fq", "kind:chunk").queryParam("fl", "fingerprint")
                .queryParam("rows", 1000).queryParam("wt", "json")
                .get("/" + SolrCloudResource.COLLECTION + "/select").then().statusCode(200)
                .extract().jsonPath().getList("response.docs.fingerprint");
        return fingerprints.stream().collect(Collectors.toSet());
    }

    private static void awaitJob(String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath job = given().get("/api/jobs/" + id).then().statusCode(200).extract().jsonPath();
            if ("done".equals(job.getString("state"))) {
                return;
            }
            assertFalse("failed".equals(job.getString("state")), "job failed: " + job.getString("error"));
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("job " + id + " did not finish in time");
    }
}
