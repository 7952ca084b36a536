package org.citeqa.solr;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.IntSupplier;

/** Waits, bounded, until the service under test reports ready (its index open and its store answering). */
public final class ServiceReadiness {

    private ServiceReadiness() {
    }

    public static void await(Duration limit) {
        awaitOk(() -> given().get("/q/health/ready").then().extract().statusCode(), deadline(limit),
                "the service was not ready within " + limit);
    }

    /**
     * Before a test of the Solr-backed service: its first start embeds the corpus and creates the collection, and after
     * a node restarts (the failover and outage tests) readiness can be back while the first searches still time out
     * on a cold node (seen once in CI on two cores), so this also waits for a hybrid search to answer.
     */
    public static void awaitSolrBacked() {
        Duration limit = Duration.ofMinutes(4);
        long deadline = deadline(limit);
        awaitOk(() -> given().get("/q/health/ready").then().extract().statusCode(), deadline,
                "the service was not ready within " + limit);
        awaitOk(() -> given().queryParam("q", "readiness").queryParam("mode", "hybrid").get("/api/search").then()
                .extract().statusCode(), deadline, "searches were not answered within " + limit);
    }

    private static long deadline(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    /** Asks until the answer is 200, a quarter of a second apart, until the deadline. */
    private static void awaitOk(IntSupplier status, long deadline, String failure) {
        int last = 0;
        while (System.nanoTime() < deadline) {
            last = status.getAsInt();
            if (last == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(failure + " (last status " + last + ")");
    }
}
