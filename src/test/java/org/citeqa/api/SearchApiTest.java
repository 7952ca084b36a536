package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchApiTest {

    @Test
    void returnsRankedChunksWhoseOffsetsPointIntoTheDocument() {
        JsonPath body = given().queryParam("q", "Hong Kong model proposed by Serbia in Vienna")
                .when().get("/api/search")
                .then().statusCode(200).contentType("application/json")
                .body("query", equalTo("Hong Kong model proposed by Serbia in Vienna"))
                .body("hits", hasSize(5))
                .body("hits[0].rank", equalTo(1))
                .body("hits.score", everyItem(greaterThan(0f)))
                .body("hits[0].chunkId", notNullValue())
                .extract().jsonPath();
        List<Map<String, Object>> hits = body.getList("hits");
        assertEquals(true, ((String) hits.get(0).get("text")).contains("Hong Kong"));
        for (Map<String, Object> hit : hits) {
            String text = given().get("/api/documents/" + hit.get("documentId")).then().statusCode(200)
                    .extract().path("text");
            assertEquals(hit.get("text"), text.substring((int) hit.get("start"), (int) hit.get("end")));
            assertEquals(true, ((String) hit.get("chunkId")).startsWith(hit.get("documentId") + "#"));
        }
    }

    @Test
    void kChoosesTheNumberOfHits() {
        given().queryParam("q", "Kosovo").queryParam("k", 1).get("/api/search").then().statusCode(200)
                .body("hits", hasSize(1));
        given().queryParam("q", "Kosovo").queryParam("k", 50).get("/api/search").then().statusCode(200)
                .body("hits.size()", greaterThan(5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Hong Kong", "title:Kosovo AND (Serbia OR", "Kosovo* ~2 ^3 \\", "NOT", "[1 TO 5}",
            "Koštunica — 日本 🤔🇽🇰", "+-&&||!(){}[]^\"~*?:\\/", "%00%ff"})
    void anyQueryTextIsAValidSearch(String q) {
        given().queryParam("q", q).get("/api/search").then().statusCode(200).body("query", equalTo(q.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-3", "abc", "2.5", "99999999999"})
    void kOutOfRangeIsAProblem(String k) {
        given().queryParam("q", "Kosovo").queryParam("k", k).get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                .body("detail", equalTo("'k' must be a whole number from 1 to 50."));
    }

    @Test
    void missingOrBlankQueryIsAProblem() {
        given().get("/api/search").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("'q' is required and must not be blank."));
        given().queryParam("q", "   ").get("/api/search").then().statusCode(400);
    }

    @Test
    void overlongQueryIsAProblem() {
        given().queryParam("q", "a".repeat(2001)).get("/api/search").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
