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

    /** Before a test of the Solr-backed service: its first start embeds the corpus and creates the collection. */
    public static void awaitSolrBacked() {
        await(Duration.ofMinutes(4));
    }
}
