package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DocumentApiTest {

    @Test
    void listsEveryDocumentWithTitleSourceAndLength() {
        given().get("/api/documents").then().statusCode(200)
                .body("$", hasSize(3))
                .body("id", containsInAnyOrder("kosovo-foreign-relations", "kosovo-serbia-status-negotiations",
                        "us-russia-kosovo-independence-2007"))
                .body("find { it.id == 'kosovo-foreign-relations' }.title", equalTo("Kosovo - Foreign Relations"))
                .body("length", org.hamcrest.Matchers.everyItem(greaterThan(1000)));
    }

    @Test
    void returnsTheCleanedCanonicalText() {
        given().get("/api/documents/kosovo-foreign-relations").then().statusCode(200)
                .body("id", equalTo("kosovo-foreign-relations"))
                .body("source", not(equalTo(null)))
                .body("text", containsString("Egypt became the 100th country"))
                .body("text", not(containsString("Find a Security Clearance Job")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "kosovo-foreign-relations.txt", "..%2Fpom.xml", "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "%2Fetc%2Fpasswd", "..", "corpus%2Fkosovo-foreign-relations", "KOSOVO-FOREIGN-RELATIONS"})
    void unknownOrPathLikeIdsAreNotFound(String id) {
        given().urlEncodingEnabled(false).get("/api/documents/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void withoutAConfiguredAdminTokenTheWriteEndpointsAreOff() {
        given().header("Authorization", "Bearer anything").multiPart("file", "x.txt", "Words.".getBytes())
                .post("/api/documents").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("citeqa.admin.token"));
        given().header("Authorization", "Bearer anything").delete("/api/documents/kosovo-foreign-relations")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/documents").then().statusCode(200).body("$", hasSize(3));
    }

    @Test
    void listsFormatSizeAndWhenAdded() {
        given().get("/api/documents").then().statusCode(200)
                .body("format", org.hamcrest.Matchers.everyItem(equalTo("txt")))
                .body("pages", org.hamcrest.Matchers.everyItem(equalTo(0)))
                .body("bytes", org.hamcrest.Matchers.everyItem(greaterThan(1000)))
                .body("uploaded", org.hamcrest.Matchers.everyItem(equalTo(false)))
                .body("added", org.hamcrest.Matchers.everyItem(not(equalTo(null))));
    }

    @Test
    void unknownApiPathsAreProblems() {
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
