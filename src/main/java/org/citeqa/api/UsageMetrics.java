package org.citeqa.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.model.AnswerResponse;
import org.citeqa.verify.Verification;

/**
 * What the service did, for /q/metrics (Prometheus): answers by mode, abstentions, fallbacks by reason, verdicts
 * by label and the size of the open index. Request counts and latency per endpoint come from Quarkus itself
 * (http_server_requests_seconds).
 */
@ApplicationScoped
public class UsageMetrics {

    private final MeterRegistry registry;

    public UsageMetrics(MeterRegistry registry, CorpusIndex index) {
        this.registry = registry;
        Gauge.builder("citeqa.index.documents", index, i -> size(i, c -> c.documents().size()))
                .description("Documents in the open index").register(registry);
        Gauge.builder("citeqa.index.chunks", index, i -> size(i, IndexedCorpus::chunkCount))
                .description("Chunks in the open index").register(registry);
        Gauge.builder("citeqa.index.sentences", index, i -> size(i, c -> c.sentences().size()))
                .description("Sentences in the open index").register(registry);
    }

    void answered(AnswerResponse response) {
        registry.counter("citeqa.answers", "mode", response.mode(), "answered", Boolean.toString(response.answered()))
                .increment();
        if (!response.answered()) {
            registry.counter("citeqa.abstentions").increment();
        }
        if (response.fallbackReason() != null) {
            registry.counter("citeqa.fallbacks", "reason", response.fallbackReason().code()).increment();
        }
    }

    void verified(Verification verification) {
        registry.counter("citeqa.verdicts", "verdict", verification.verdict().name()).increment();
    }

    private static double size(CorpusIndex index, java.util.function.ToIntFunction<IndexedCorpus> measure) {
        return index.current().map(measure::applyAsInt).orElse(0);
    }
}
