package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIsUpOnceTheIndexIsOpen() {
        given().get("/api/documents").then().statusCode(200); // waits for the index
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'index' }.data.documents", equalTo(3));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsCountAnswersVerdictsAndRequests() {
        given().contentType("application/json").body("{\"question\":\"How many medals did Kosovo win at the 2016 Olympics?\",\"mode\":\"model\"}")
                .post("/api/ask").then().statusCode(200);
        given().contentType("application/json").body("{\"claim\":\"Egypt was the 100th country to recognise Kosovo.\"}")
                .post("/api/verify").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("citeqa_answers_total{answered=\"false\",mode=\"extractive\"}"))
                .body(containsString("citeqa_abstentions_total"))
                .body(containsString("citeqa_fallbacks_total{reason=\"not-configured\"}"))
                .body(containsString("citeqa_verdicts_total{verdict=\"SUPPORTED\"}"))
                .body(containsString("citeqa_index_chunks"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/ask\"}"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/ask"))
                .body(containsString("/api/search")).body(containsString("/api/documents/{id}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
