package org.citeqa.solr;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.citeqa.eval.DevSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One node of the 2-node SolrCloud stops while questions are being asked: with 2 replicas of each shard, every
 * request still succeeds and every answer (text, citations, offsets) and ranking is the one given with both nodes.
 */
@QuarkusTest
@TestProfile(SolrProfile.class)
class SolrFailoverTest {

    /** Rounds of every question after the node has stopped; bounded, so the test ends by itself. */
    private static final int ROUNDS_AFTER_STOP = 2;

    @BeforeEach
    void solrReady() {
        ServiceReadiness.awaitSolrBacked();
    }

    @Test
    void aNodeStoppingDuringQuestionsFailsNoRequestAndChangesNoAnswer() {
        List<String> questions = DevSet.load("/eval/dev.jsonl").items().stream()
                .filter(i -> !"claim".equals(i.type())).map(DevSet.Item::question).toList();
        Map<String, String> before = new LinkedHashMap<>();
        questions.forEach(q -> before.put(q, outcome(q)));

        List<String> failures = new ArrayList<>();
        int requests = 0;
        int duringStop = 0;
        CompletableFuture<String> stopping = CompletableFuture.supplyAsync(() -> SolrCluster.command("stop 1"));
        try {
            int roundsAfterStop = 0;
            while (roundsAfterStop < ROUNDS_AFTER_STOP) {
                boolean stoppedBeforeRound = stopping.isDone();
                for (String question : questions) {
                    requests += 3;
                    duringStop += stopping.isDone() ? 0 : 3;
                    try {
                        String now = outcome(question);
                        if (!now.equals(before.get(question))) {
                            failures.add("changed: " + question + "\n  before: " + before.get(question) + "\n  now:    " + now);
                        }
                    } catch (AssertionError e) {
                        failures.add(question + ": " + e.getMessage());
                    }
                }
                roundsAfterStop += stoppedBeforeRound ? 1 : 0;
            }
            assertTrue(stopping.join().startsWith("ok stopped"));
            System.out.printf("Node failover: %d requests, %d of them while the node was stopping, %d failed or changed%n",
                    requests, duringStop, failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests failed or changed:\n"
                    + String.join("\n", failures));
        } finally {
            stopping.join();
            SolrCluster.command("start 1");
            ServiceReadiness.await(Duration.ofMinutes(2));
            SolrCollections.awaitAllReplicasActive(SolrCloudResource.COLLECTION, Duration.ofMinutes(2));
        }
    }

    /** What a user sees for a question: the answer with its cited offsets, and the hybrid ranking. */
    private static String outcome(String question) {
        Response ask = given().contentType(ContentType.JSON).body(Map.of("question", question)).post("/api/ask");
        assertEquals(200, ask.statusCode(), () -> "ask: " + ask.asString());
        Response bm25 = given().queryParam("q", question).queryParam("k", 5).get("/api/search");
        assertEquals(200, bm25.statusCode(), () -> "bm25: " + bm25.asString());
        Response hybrid = given().queryParam("q", question).queryParam("k", 5).queryParam("mode", "hybrid").get("/api/search");
        assertEquals(200, hybrid.statusCode(), () -> "hybrid: " + hybrid.asString());
        return ask.jsonPath().getString("answer") + " " + ask.jsonPath().getList("citations").stream()
                .map(c -> ((Map<?, ?>) c).get("documentId") + "@" + ((Map<?, ?>) c).get("start") + "-" + ((Map<?, ?>) c).get("end"))
                .toList() + " bm25 " + bm25.jsonPath().getList("hits.chunkId") + " hybrid "
                + hybrid.jsonPath().getList("hits.chunkId");
    }
}
