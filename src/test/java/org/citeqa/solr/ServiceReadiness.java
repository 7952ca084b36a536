package org.citeqa.solr;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Waits, bounded, until the service under test reports ready (its index open and its store answering). */
public final class ServiceReadiness {

    private ServiceReadiness() {
    }

    public static void await(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = given().get("/q/health/ready").then().extract().statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the service was not ready within " + limit + " (last status " + status + ")");
    }

    /**
     * Before a test of the Solr-backed service: its first start embeds the corpus and creates the collection, and after
     * a node restarts (the failover and outage tests) readiness can be back while the first searches still time out
     * on a cold node (seen once in CI on two cores), so this also waits for a hybrid search to answer.
     */
    public static void awaitSolrBacked() {
        Duration limit = Duration.ofMinutes(4);
        long deadline = System.nanoTime() + limit.toNanos();
        await(limit);
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = given().queryParam("q", "readiness").queryParam("mode", "hybrid").get("/api/search").then()
                    .extract().statusCode();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("searches were not answered within " + limit + " (last status " + status + ")");
    }
}
