package org.citeqa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Security headers on every page, file and API response; CORS closed by default. */
@QuarkusTest
class WebHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    @ParameterizedTest
    @ValueSource(strings = {"/", "/embed?q=x", "/app.js", "/app.css", "/embed.js", "/api/documents", "/nope"})
    void securityHeadersEverywhere(String path) {
        given().when().get(path)
                .then()
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void pagesAreServed() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-testid=\"question\""));
        given().when().get("/embed?q=x").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("data-testid=\"embed-card\""));
        given().when().get("/embed.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void otherOriginsGetNoCors() {
        given().header("Origin", "https://elsewhere.example").when().get("/api/documents")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/ask")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }
}
