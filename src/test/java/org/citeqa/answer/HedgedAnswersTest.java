package org.citeqa.answer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Between the two confidence thresholds the service answers but says the documents only may answer: with the hedge
 * threshold set above every confidence, every answer is hedged, in the API and in its text.
 */
@QuarkusTest
@TestProfile(HedgedAnswersTest.EverythingHedged.class)
public class HedgedAnswersTest {

    public static class EverythingHedged implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.corpus.dir", "src/test/resources/madeup-corpus",
                    "citeqa.index.dir", "target/madeup-index-hedged",
                    "citeqa.answer.abstain-below", "0.0",
                    "citeqa.answer.hedge-below", "1.0");
        }
    }

    @Test
    void aMiddlingAnswerIsGivenButHedged() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Where was the Sea Aster built?"))
                .post("/api/ask").then().statusCode(200)
                .body("answered", equalTo(true))
                .body("hedged", equalTo(true))
                .body("confidence", lessThan(1.0f))
                .body("answer", startsWith("The documents may answer this; the closest passage says: "))
                .body("shortAnswer.text", equalTo("Gdansk"));
    }
}
