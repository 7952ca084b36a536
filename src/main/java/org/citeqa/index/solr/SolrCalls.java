package org.citeqa.index.solr;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrException;
import org.citeqa.index.StoreUnavailableException;
import org.jboss.logging.Logger;

/**
 * The SolrCloud client, and how every call through it is timed and its failures told apart: Solr not answering
 * (no live node, a timeout, a 5xx) is a {@link StoreUnavailableException}, which the API answers with 503 and
 * Retry-After; Solr refusing a request is a bug here, an {@link IllegalStateException}. Calls are timed in
 * {@code citeqa_solr_requests_seconds{operation,outcome}}.
 */
final class SolrCalls implements Closeable {

    private static final Logger LOG = Logger.getLogger(SolrCalls.class);
    private static final long RETRY_PAUSE_MS = 250;

    @FunctionalInterface
    interface Call<T> {
        T call(CloudSolrClient client) throws SolrServerException, IOException;
    }

    private final CloudSolrClient client;
    private final MeterRegistry registry;

    /** @throws StoreUnavailableException when no node answers (a client by node URLs reads the cluster at once) */
    SolrCalls(SolrSettings settings, MeterRegistry registry) {
        try {
            this.client = build(settings);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("connect", e);
        }
        this.registry = registry;
    }

    <T> T call(String operation, Call<T> call) {
        long started = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.call(client);
            outcome = "ok";
            return result;
        } catch (SolrServerException | IOException e) {
            throw unavailable(operation, e);
        } catch (SolrException e) {
            if (e.code() >= 500 || e.code() < 400) {
                throw unavailable(operation, e);
            }
            throw new IllegalStateException("Solr refused a " + operation + " request: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (isConnectionFailure(e)) {
                throw unavailable(operation, e);
            }
            throw e;
        } finally {
            if (registry != null) {
                Timer.builder("citeqa.solr.requests").description("Requests from this service to SolrCloud")
                        .tag("operation", operation).tag("outcome", outcome).publishPercentiles(0.5, 0.95)
                        .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** A read that fails because a node went away is tried once more: another replica answers it. */
    <T> T read(String operation, Call<T> call) {
        try {
            return call(operation, call);
        } catch (StoreUnavailableException first) {
            try {
                Thread.sleep(RETRY_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw first;
            }
            LOG.debugf("retrying a Solr %s after: %s", operation, first.getMessage());
            return call(operation, call);
        }
    }

    private static StoreUnavailableException unavailable(String operation, Exception e) {
        return new StoreUnavailableException("The passage store (SolrCloud) did not answer a " + operation
                + " request: " + rootMessage(e), e);
    }

    /**
     * ZooKeeper and cluster-state failures surface as unchecked exceptions of several kinds, some with no cause (a
     * client by node URLs: "Failed fetching live_nodes"): anything the Solr client itself throws unchecked means it
     * could not get an answer. Exceptions of this service's own code are not that.
     */
    private static boolean isConnectionFailure(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0 && trace[0].getClassName().startsWith("org.apache.solr.client.")) {
            return true;
        }
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

    private static CloudSolrClient build(SolrSettings settings) {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withRequestTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withIdleTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        CloudHttp2SolrClient.Builder builder;
        Optional<String> zkHosts = settings.zkHosts().filter(s -> !s.isBlank());
        if (zkHosts.isPresent()) {
            ZkAddress zk = ZkAddress.parse(zkHosts.get());
            builder = new CloudHttp2SolrClient.Builder(zk.hosts(), zk.chroot())
                    .withZkConnectTimeout((int) settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .withZkClientTimeout((int) Math.max(10_000, settings.requestTimeout().toMillis()),
                            TimeUnit.MILLISECONDS);
        } else {
            builder = new CloudHttp2SolrClient.Builder(settings.urls().orElseThrow(() -> new IllegalArgumentException(
                    "citeqa.store=solr needs citeqa.solr.urls or citeqa.solr.zk-hosts")).stream()
                    .map(String::strip).toList());
        }
        return builder.withInternalClientBuilder(http).withDefaultCollection(settings.collection()).build();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            LOG.debug("closing the Solr client failed", e);
        }
    }
}
