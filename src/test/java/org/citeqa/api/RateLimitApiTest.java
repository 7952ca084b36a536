package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitApiTest.Strict.class)
class RateLimitApiTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("citeqa.limits.rate-limit.enabled", "true",
                    "citeqa.limits.rate-limit.requests-per-minute", "6",
                    "citeqa.limits.rate-limit.burst", "3");
        }
    }

    @Test
    void anOvereagerClientGets429WithRetryAfterWhileHealthStaysOpen() {
        for (int i = 0; i < 3; i++) {
            given().queryParam("q", "Kosovo").get("/api/search").then().statusCode(200);
        }
        given().queryParam("q", "Kosovo").get("/api/search")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429)).body("title", equalTo("Too Many Requests"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
