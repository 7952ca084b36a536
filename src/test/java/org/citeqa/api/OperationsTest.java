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
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/ask"))
                .body(containsString("/api/search")).body(containsString("/api/documents/{id}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
