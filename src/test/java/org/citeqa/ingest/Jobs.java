package org.citeqa.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;

/** Waits for a job of the write API to finish, polling GET /api/jobs/{id}. */
final class Jobs {

    private Jobs() {
    }

    static JsonPath await(String jobId) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = given().get("/api/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if ("done".equals(state) || "failed".equals(state)) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("job " + jobId + " did not finish in 180 s");
        return null;
    }
}
