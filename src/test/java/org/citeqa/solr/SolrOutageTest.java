package org.citeqa.solr;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Solr node stopped: questions, searches and claim checks are answered 503 problem+json with Retry-After
 * (never 500), readiness is DOWN, and once the nodes are back the service answers as before by itself.
 */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrOutageTest {

    private static final String QUESTION = "Which model did Serbia propose in Vienna?";

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }

    @Test
    void solrDownIsA503WithRetryAfterAndTheServiceRecoversWhenItReturns() {
        List<String> before = hits();
        SolrCluster.command("stop-all");
        try {
            given().queryParam("q", QUESTION).get("/api/search").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("status", equalTo(503));
            given().queryParam("q", QUESTION).queryParam("mode", "hybrid").get("/api/search").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
            given().contentType(ContentType.JSON).body(Map.of("question", QUESTION)).post("/api/ask").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
            given().contentType(ContentType.JSON).body(Map.of("question", QUESTION)).post("/api/ask/stream").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
            given().contentType(ContentType.JSON).body(Map.of("claim", "Serbia proposed the Hong Kong model."))
                    .post("/api/verify").then().statusCode(503).contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/api/documents").then().statusCode(200); // the documents themselves are still here
        } finally {
            SolrCluster.command("start-all");
        }
        ServiceReadiness.await(Duration.ofMinutes(2));
        SolrCollections.awaitAllReplicasActive(SolrCloudResource.COLLECTION, Duration.ofMinutes(2));
        assertEquals(before, hits());
        given().contentType(ContentType.JSON).body(Map.of("question", QUESTION)).post("/api/ask").then()
                .statusCode(200).body("answered", equalTo(true));
    }

    private static List<String> hits() {
        return given().queryParam("q", QUESTION).queryParam("mode", "hybrid").get("/api/search").then()
                .statusCode(200).extract().jsonPath().getList("hits.chunkId");
    }
}
