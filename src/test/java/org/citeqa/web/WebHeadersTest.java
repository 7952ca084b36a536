package org.citeqa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Security headers on every page, file and API response (Quarkus's header filters); CORS closed by default; the page's
 * files revalidated and gzipped.
 */
@QuarkusTest
class WebHeadersTest {

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL root;

    /** A client that shows a body as sent, without decompressing it. */
    private static final RestAssuredConfig RAW = RestAssured.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app.js", "/app.css", "/sw.js"})
    void thePagesFilesAreAskedForAgainAfterAnUpgrade(String path) {
        // Their names stay the same between releases: a browser must revalidate them, and gets a 304 when unchanged.
        String modified = given().when().get(path).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=0"))
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", modified).when().get(path).then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app.js", "/app.css", "/embed?q=x"})
    void thePagesFilesGoOutGzippedToABrowserThatTakesIt(String path) {
        // Vary, so that a shared cache does not hand the gzipped copy to a client that cannot read it.
        given().config(RAW).header("Accept-Encoding", "gzip").when().get(path).then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Vary", org.hamcrest.Matchers.containsStringIgnoringCase("accept-encoding"));
        given().config(RAW).when().get(path).then().statusCode(200).header("Content-Encoding", nullValue());
    }

    @Test
    void apiAnswersAreNotCompressed() {
        // JSON answers are small and their latency is measured; only the page's files are worth compressing.
        given().config(RAW).header("Accept-Encoding", "gzip").contentType("application/json")
                .body("{\"question\":\"When did Kosovo declare independence?\"}").when().post("/api/ask")
                .then().statusCode(200).header("Content-Encoding", nullValue());
    }

    @Test
    void quarkusOwnToolsKeepTheirInlineScripts() {
        given().when().get("/q/health").then().statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void otherOriginsGetNoCors() {
        given().header("Origin", "https://elsewhere.example").when().get("/api/documents")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/ask")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void thePagesOwnOriginMayPost() {
        // Browsers send Origin with a same-origin POST: the chat's own requests must pass the CORS filter.
        given().header("Origin", root.toString().replaceAll("/$", "")).contentType("application/json")
                .body("{\"claim\":\"Kosovo declared independence in 2008.\"}").when().post("/api/verify")
                .then().statusCode(200);
    }
}
