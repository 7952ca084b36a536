package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The background warm-up after a start runs to its end on the default corpus (it answers a question made from the
 * first document's title and checks that document's first sentence), and it leaves the service answering as before.
 */
@QuarkusTest
class WarmupTest {

    @Inject
    Warmup warmup;

    @Test
    void runsOnceTheIndexIsOpenWithoutChangingAnswers() throws Exception {
        assertTrue(warmup.done().get(2, TimeUnit.MINUTES), "the warm-up ran");
        given().contentType(ContentType.JSON).body("{\"question\":\"When did Egypt recognise Kosovo?\"}")
                .post("/api/ask").then().statusCode(200).body("answered", equalTo(true))
                .body("shortAnswer.text", equalTo("June 26, 2013"));
    }
}
