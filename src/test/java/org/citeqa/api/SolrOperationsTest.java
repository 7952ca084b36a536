package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.citeqa.solr.ServiceReadiness;
import org.citeqa.solr.SolrProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readiness, metrics and OpenAPI, with the passages in a 2-node SolrCloud (2 shards x 2 replicas). */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrOperationsTest extends OperationsTest {

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }

    @Test
    void solrLatencyIsInTheMetrics() {
        given().queryParam("q", "Kosovo").queryParam("mode", "hybrid").get("/api/search").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("citeqa_solr_requests_seconds_count{operation=\"bm25\",outcome=\"ok\"}"))
                .body(containsString("citeqa_solr_requests_seconds_count{operation=\"knn\",outcome=\"ok\"}"))
                .body(containsString("citeqa_solr_requests_seconds{operation=\"knn\",outcome=\"ok\",quantile=\"0.95\"}"));
    }
}
