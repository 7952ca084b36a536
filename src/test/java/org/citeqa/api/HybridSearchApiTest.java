package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every search mode over the real index with real embeddings. */
@QuarkusTest
class HybridSearchApiTest {

    // Shares no content word with "...offering the model of Hong Kong, which was immediately refused by
    // Kosovo delegation" except names; BM25 needs the words, vectors need the meaning.
    private static final String PARAPHRASE = "Which arrangement modelled on a Chinese city did Belgrade put forward?";

    @ParameterizedTest
    @ValueSource(strings = {"vector", "hybrid"})
    void meaningFindsAParaphrasedPassage(String mode) {
        given().queryParam("q", PARAPHRASE).queryParam("mode", mode).queryParam("k", 3).get("/api/search")
                .then().statusCode(200).body("mode", equalTo(mode))
                .body("hits.text.join(' ')", containsString("Hong Kong"));
    }

    @Test
    void vectorSearchFindsWhatWordsMiss() {
        given().queryParam("q", "How many people live in the country?").queryParam("mode", "vector")
                .queryParam("k", 3).get("/api/search")
                .then().statusCode(200).body("hits.text.join(' ')", containsString("1.7 million people"));
    }

    @Test
    void theDefaultModeIsReported() {
        given().queryParam("q", "Kosovo").get("/api/search").then().statusCode(200).body("mode", equalTo("bm25"));
    }

    @Test
    void anUnknownModeIsAProblem() {
        given().queryParam("q", "Kosovo").queryParam("mode", "magic").get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("'mode' must be bm25, vector or hybrid."));
    }
}
