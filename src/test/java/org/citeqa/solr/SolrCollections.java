package org.citeqa.solr;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the test cluster says about a collection, read from a node's Collections API. */
final class SolrCollections {

    private SolrCollections() {
    }

    /** Waits, bounded, until every replica of the collection is active on a live node (a node that came back). */
    static void awaitAllReplicasActive(String collection, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                for (String node : SolrCluster.shared().nodeUrls()) {
                    JsonPath status = given().baseUri(node).basePath("").queryParam("action", "CLUSTERSTATUS")
                            .queryParam("collection", collection).queryParam("wt", "json")
                            .get("/admin/collections").then().extract().jsonPath();
                    Map<String, Map<String, Object>> shards = status.getMap("cluster.collections.'" + collection + "'.shards");
                    List<String> live = status.getList("cluster.live_nodes");
                    if (shards != null && live != null && allActive(shards, live)) {
                        return;
                    }
                    last = String.valueOf(shards);
                }
            } catch (RuntimeException e) {
                last = e.getMessage(); // a node still starting
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("replicas of " + collection + " not all active within " + limit + ": " + last);
    }

    @SuppressWarnings("unchecked")
    private static boolean allActive(Map<String, Map<String, Object>> shards, List<String> live) {
        for (Map<String, Object> shard : shards.values()) {
            Map<String, Map<String, Object>> replicas = (Map<String, Map<String, Object>>) shard.get("replicas");
            for (Map<String, Object> replica : replicas.values()) {
                if (!"active".equals(replica.get("state")) || !live.contains(replica.get("node_name"))) {
                    return false;
                }
            }
        }
        return true;
    }
}
