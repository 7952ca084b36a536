package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import org.citeqa.api.fuzz.RawHttp;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LimitsApiTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyOverTheLimitIsRejectedBeforeItIsRead() {
        String huge = "{\"question\":\"" + "a".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/api/ask")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aLongUrlIsAProblem() {
        // A 2,000-character question in a script of three-byte characters, percent-encoded, is still served.
        given().urlEncodingEnabled(true).queryParam("q", "\u0915".repeat(2000)).get("/api/search").then().statusCode(200);
        given().urlEncodingEnabled(false).get("/api/search?q=" + "a".repeat(40_000))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414))
                .body("detail", containsString("longer than 32768 bytes"));
        given().urlEncodingEnabled(false).get("/embed?q=" + "a".repeat(40_000))
                .then().statusCode(414).contentType("application/problem+json");
    }

    /**
     * What the README says cannot be a problem+json: Vert.x refuses a request line over
     * quarkus.http.limits.max-initial-line-length, and Quarkus a target that is not a URI, before any application
     * code runs, and neither offers a hook (see the README's "Errors the HTTP layer answers").
     */
    @Test
    void theHttpLayersOwnRefusalsAreAsDocumented() {
        given().urlEncodingEnabled(false).get("/api/search?q=" + "a".repeat(70_000))
                .then().statusCode(414).body(equalTo(""));
        RawHttp.Response malformed = new RawHttp(URI.create(root.toString())).get("/api/search?q=%ZZ");
        assertEquals(400, malformed.status());
        assertEquals("", malformed.body());
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
