package org.citeqa.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.citeqa.index.CorpusIndex;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the index is open. */
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
        return index.current()
                .map(c -> builder.up().withData("documents", c.documents().size()).withData("chunks", c.chunkCount()))
                .orElseGet(() -> builder.down())
                .build();
    }
}
