package org.citeqa.index.solr;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.citeqa.index.Bm25Query;
import org.citeqa.index.StoreHealth;
import org.citeqa.index.StoreUnavailableException;
import org.jboss.logging.Logger;

/**
 * The passages of the corpus in a SolrCloud collection (citeqa.store=solr). One block per document (a parent
 * record with the canonical text, one child per chunk) written with one Lucene {@code updateDocuments} call, so a
 * document's chunks become visible together on every replica or not at all; each write ends with a soft commit
 * that waits for the new searchers, so what the service wrote, it then reads. Queries are BM25 over the service's
 * own analysed terms (with collection-wide statistics) and k-nearest-neighbour search over its own embeddings.
 *
 * <p>Solr failing to answer (no live node, a timeout, a 5xx) is a {@link StoreUnavailableException}, which the
 * API answers with 503 and Retry-After; a read is tried once more first, since a replica going down mid-request
 * is answered by another. Every call is timed in {@code citeqa_solr_requests_seconds{operation,outcome}}.
 */
@ApplicationScoped
public class SolrPassageStore {

    private static final Logger LOG = Logger.getLogger(SolrPassageStore.class);
    private static final String HIT_FIELDS = "id,doc_id,doc_version,ordinal,start,end,score";
    /** Ties break by document and position, the order of the embedded index, so both rank alike. */
    private static final String RANKING = "score desc,doc_id asc,ordinal asc";
    private static final long RETRY_PAUSE_MS = 250;
    private static final int PAGE = 500;

    private final SolrSettings settings;
    private final MeterRegistry registry;
    private volatile CloudSolrClient client;

    public SolrPassageStore(SolrSettings settings, MeterRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    /** @throws IllegalArgumentException when the settings cannot name a cluster */
    public void checkSettings() {
        boolean zk = settings.zkHosts().filter(s -> !s.isBlank()).isPresent();
        if (zk) {
            ZkAddress.parse(settings.zkHosts().get());
        } else if (settings.urls().filter(u -> !u.isEmpty()).isEmpty()) {
            throw new IllegalArgumentException("citeqa.store=solr needs citeqa.solr.urls (Solr node base URLs) or "
                    + "citeqa.solr.zk-hosts (the ZooKeeper ensemble)");
        }
        if (settings.shards() < 1 || settings.replicas() < 1) {
            throw new IllegalArgumentException("citeqa.solr.shards and citeqa.solr.replicas must be at least 1");
        }
    }

    /** One chunk found by a query, as stored: its offsets are valid for {@code documentVersion} only. */
    public record Hit(String chunkId, String documentId, String documentVersion, int ordinal, int start, int end,
                      float score) {}

    /**
     * Connects, creates the collection when it is missing (if allowed) and checks its schema.
     *
     * @param dimension the embedding model's dimension, 0 when embeddings are off
     * @throws StoreUnavailableException when Solr does not answer (worth retrying)
     * @throws IllegalStateException when the collection is missing and may not be created, or cannot hold the
     *                               passages (a configuration mistake)
     */
    public void open(int dimension) {
        timed("open", () -> {
            String collection = settings.collection();
            if (!SolrSchema.exists(client(), collection)) {
                if (!settings.create()) {
                    throw new IllegalStateException("the Solr collection '" + collection
                            + "' does not exist and citeqa.solr.create is false");
                }
                try {
                    SolrSchema.create(client(), settings, dimension);
                } catch (SolrException e) {
                    if (!SolrSchema.exists(client(), collection)) {
                        throw e;
                    }
                    // another replica of the service created it at the same moment
                }
            }
            List<String> problems = SolrSchema.problems(client(), collection, dimension);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the Solr collection '" + collection
                        + "' cannot hold CiteQA's passages: " + String.join("; ", problems));
            }
            if (!SolrSchema.exactStatistics(client(), collection)) {
                LOG.warnf("The Solr collection %s scores BM25 with per-shard statistics; set <statsCache class="
                        + "\"org.apache.solr.search.stats.ExactStatsCache\"/> for the same ranking as one index",
                        collection);
            }
            return null;
        });
    }

    /** The version of every document the collection holds, by document id. */
    public Map<String, String> versions() {
        return timed("versions", () -> {
            Map<String, String> versions = new LinkedHashMap<>();
            SolrQuery query = new SolrQuery("kind:document").setFields("id,doc_version").setRows(PAGE)
                    .setSort("id", SolrQuery.ORDER.asc);
            String cursor = CursorMarkParams.CURSOR_MARK_START;
            while (true) {
                query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
                QueryResponse response = client().query(settings.collection(), query, SolrRequest.METHOD.POST);
                for (SolrDocument doc : response.getResults()) {
                    versions.put((String) doc.getFirstValue("id"), (String) doc.getFirstValue("doc_version"));
                }
                if (cursor.equals(response.getNextCursorMark())) {
                    return versions;
                }
                cursor = response.getNextCursorMark();
            }
        });
    }

    /** The stored sentence vectors of these documents, by id (documents without them are left out). */
    public Map<String, byte[]> sentenceVectors(Collection<String> documentIds) {
        return timed("load", () -> {
            Map<String, byte[]> vectors = new LinkedHashMap<>();
            List<String> ids = List.copyOf(documentIds);
            for (int from = 0; from < ids.size(); from += 50) {
                List<String> page = ids.subList(from, Math.min(ids.size(), from + 50));
                SolrQuery query = new SolrQuery("{!terms f=id}" + String.join(",", page))
                        .addFilterQuery("kind:document").setFields("id,sentence_vectors").setRows(page.size());
                for (SolrDocument doc : client().query(settings.collection(), query, SolrRequest.METHOD.POST).getResults()) {
                    Object value = doc.getFirstValue("sentence_vectors");
                    if (value instanceof byte[] bytes) {
                        vectors.put((String) doc.getFirstValue("id"), bytes);
                    }
                }
            }
            return vectors;
        });
    }

    /**
     * Sends these documents in one request, each replacing every record the collection had for it; they become visible at the
     * next {@link #commit()}. Each document's block is atomic.
     */
    public void add(List<SolrInputDocument> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        timed("update", () -> new UpdateRequest().add(blocks).process(client(), settings.collection()));
    }

    /**
     * Makes every write so far visible: a soft commit opens new searchers (the update log keeps the writes
     * durable), and waiting for them means the next read sees them on every replica.
     */
    public void commit() {
        timed("commit", () -> client().commit(settings.collection(), true, true, true));
    }

    /** Deletes documents with all their chunks; visible at the next {@link #commit()}. */
    public void delete(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        timed("delete", () -> {
            // A parent's id deletes its whole block (the schema has _root_).
            new UpdateRequest().deleteById(List.copyOf(documentIds)).process(client(), settings.collection());
            return null;
        });
    }

    public List<Hit> bm25(Bm25Query query, int k) {
        if (query.matchesNothing()) {
            return List.of();
        }
        SolrQuery request = new SolrQuery(SolrQueries.bm25(query));
        request.set("defType", "lucene");
        request.set("q.op", "OR");
        return hits("bm25", request, k);
    }

    /** The k nearest chunks; {@code {!knn topK=k}} finds k per shard and the merge keeps the best k overall. */
    public List<Hit> nearest(float[] vector, int k) {
        return hits("knn", new SolrQuery(SolrQueries.knn(vector, k)), k);
    }

    /** Chunks in the collection. */
    public long chunkCount() {
        return timed("count", () -> client().query(settings.collection(), new SolrQuery("kind:chunk").setRows(0))
                .getResults().getNumFound());
    }

    /** Whether the collection answers a query now. */
    public StoreHealth health() {
        try {
            timed("ping", () -> client().query(settings.collection(), new SolrQuery("*:*").setRows(0)));
            return StoreHealth.UP;
        } catch (StoreUnavailableException | IllegalStateException e) {
            return StoreHealth.down(e.getMessage());
        }
    }

    private List<Hit> hits(String operation, SolrQuery request, int k) {
        request.setRows(k);
        request.setFields(HIT_FIELDS);
        request.set("sort", RANKING);
        QueryResponse response = readWithRetry(operation,
                () -> client().query(settings.collection(), request, SolrRequest.METHOD.POST));
        List<Hit> hits = new ArrayList<>(response.getResults().size());
        for (SolrDocument doc : response.getResults()) {
            hits.add(new Hit((String) doc.getFirstValue("id"), (String) doc.getFirstValue("doc_id"),
                    (String) doc.getFirstValue("doc_version"), (Integer) doc.getFirstValue("ordinal"),
                    (Integer) doc.getFirstValue("start"), (Integer) doc.getFirstValue("end"),
                    ((Number) doc.getFirstValue("score")).floatValue()));
        }
        return hits;
    }

    /** A read that fails because a node went away is tried once more: another replica answers it. */
    private <T> T readWithRetry(String operation, SolrCall<T> call) {
        try {
            return timed(operation, call);
        } catch (StoreUnavailableException first) {
            try {
                Thread.sleep(RETRY_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw first;
            }
            LOG.debugf("retrying a Solr %s after: %s", operation, first.getMessage());
            return timed(operation, call);
        }
    }

    @FunctionalInterface
    private interface SolrCall<T> {
        T call() throws SolrServerException, IOException;
    }

    private <T> T timed(String operation, SolrCall<T> call) {
        long started = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.call();
            outcome = "ok";
            return result;
        } catch (SolrServerException | IOException e) {
            throw unavailable(operation, e);
        } catch (SolrException e) {
            if (e.code() >= 500 || e.code() == -1) {
                throw unavailable(operation, e);
            }
            throw new IllegalStateException("Solr refused a " + operation + " request: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isConnectionFailure(e)) {
                throw unavailable(operation, e);
            }
            throw e;
        } finally {
            Timer.builder("citeqa.solr.requests").description("Requests from this service to SolrCloud")
                    .tag("operation", operation).tag("outcome", outcome).publishPercentiles(0.5, 0.95)
                    .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private static StoreUnavailableException unavailable(String operation, Exception e) {
        return new StoreUnavailableException("The passage store (SolrCloud) did not answer a " + operation
                + " request: " + rootMessage(e), e);
    }

    /** ZooKeeper and cluster-state failures surface as unchecked exceptions of several kinds. */
    private static boolean isConnectionFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof SolrServerException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t.getClass().getName().startsWith("org.apache.zookeeper")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName());
    }

    private CloudSolrClient client() {
        CloudSolrClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                current = client;
            }
        }
        return current;
    }

    private CloudSolrClient build() {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        CloudHttp2SolrClient.Builder builder;
        if (settings.zkHosts().filter(s -> !s.isBlank()).isPresent()) {
            ZkAddress zk = ZkAddress.parse(settings.zkHosts().get());
            builder = new CloudHttp2SolrClient.Builder(zk.hosts(), zk.chroot())
                    .withZkConnectTimeout((int) settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .withZkClientTimeout((int) Math.max(10_000, settings.requestTimeout().toMillis()), TimeUnit.MILLISECONDS);
        } else if (settings.urls().filter(u -> !u.isEmpty()).isPresent()) {
            builder = new CloudHttp2SolrClient.Builder(settings.urls().get().stream().map(String::strip).toList());
        } else {
            checkSettings();
            throw new IllegalStateException("unreachable: the settings were checked");
        }
        return builder.withInternalClientBuilder(http).withDefaultCollection(settings.collection()).build();
    }

    @PreDestroy
    void close() {
        CloudSolrClient current = client;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.debug("closing the Solr client failed", e);
            }
        }
    }
}
