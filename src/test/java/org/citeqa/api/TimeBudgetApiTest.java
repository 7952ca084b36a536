package org.citeqa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no time to spare, a long text stops after its first sentence with a clear 503 carrying that sentence, plain
 * or streamed, and nothing else breaks.
 */
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
                .body("detail", containsString("1 of 3 sentences checked"))
                .body("checked", equalTo(1))
                .body("total", equalTo(3))
                .body("sentences.size()", equalTo(1))
                .body("sentences[0].text", equalTo("Kosovo declared independence in 2008."))
                .body("sentences[0].result.verdict", notNullValue())
                .body("counts.values().sum()", equalTo(1));
    }

    @Test
    void aStreamedTextOverItsBudgetEndsWithTheSameProblemAfterTheSentencesDone() {
        List<SseClient.Event> events = SseClient.post("/api/verify/text/stream",
                Map.of("text", "Kosovo declared independence in 2008. Serbia did not recognise it. Greece has not recognised Kosovo."));
        assertEquals(List.of("sentences", "sentence", "error"), SseClient.names(events));
        assertEquals(3, events.get(0).json().getInt("total"));
        JsonPath problem = events.get(2).json();
        assertEquals(503, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("1 of 3 sentences checked"), problem.getString("detail"));
        assertEquals(1, problem.getInt("checked"));
        assertEquals(events.get(1).json().getMap("result"), problem.getMap("sentences[0].result"));
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
