package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With no time to spare, a long text stops after its first sentence with a clear 503, and nothing else breaks. */
@QuarkusTest
@TestProfile(TimeBudgetApiTest.NoTime.class)
class TimeBudgetApiTest {

    public static class NoTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.api.request-budget", "0s");
        }
    }

    @Test
    void aTextOverItsBudgetGets503WithRetryAfterAndHowFarItGot() {
        given().contentType("application/json")
                .body("{\"text\":\"Kosovo declared independence in 2008. Serbia did not recognise it. Greece has not recognised Kosovo.\"}")
                .post("/api/verify/text")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503))
                .body("detail", containsString("1 of 3 sentences checked"));
    }

    @Test
    void oneSentenceIsAlwaysChecked() {
        given().contentType("application/json").body("{\"text\":\"Kosovo declared independence in 2008.\"}")
                .post("/api/verify/text")
                .then().statusCode(200).body("sentences.size()", equalTo(1));
        given().contentType("application/json").body("{\"claim\":\"Kosovo declared independence in 2008.\"}")
                .post("/api/verify")
                .then().statusCode(200).body("verdict", equalTo("SUPPORTED"));
    }
}
