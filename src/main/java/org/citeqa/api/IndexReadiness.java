package org.citeqa.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the index is open and its passage store answers (always, for the embedded index). */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final CorpusIndex index;

    public IndexReadiness(CorpusIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("index");
        if (index.current().isEmpty()) {
            index.waitingFor().ifPresent(why -> builder.withData("store", why));
            return builder.down().build();
        }
        IndexedCorpus corpus = index.current().get();
        if (!index.storeReady()) {
            return builder.down().withData("store", "the passage store is not answering").build();
        }
        return builder.up().withData("documents", corpus.documents().size()).withData("chunks", corpus.chunkCount())
                .build();
    }
}
