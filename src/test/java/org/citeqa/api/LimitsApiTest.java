package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LimitsApiTest {

    @Test
    void aBodyOverTheLimitIsRejectedBeforeItIsRead() {
        String huge = "{\"question\":\"" + "a".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/api/ask")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIsStoppedWhileItIsRead() {
        // No Content-Length: the HTTP layer's backstop is as large as an upload may be, the JSON reader still stops at 64 KB.
        byte[] huge = ("{\"question\":\"" + "a".repeat(70_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(huge)).post("/api/ask")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aBodyUnderTheLimitIsRead() {
        given().contentType(ContentType.JSON).body("{\"question\":\"" + "a".repeat(1_999) + "\"}").post("/api/ask")
                .then().statusCode(200);
    }
}
