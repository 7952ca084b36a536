package org.citeqa.index;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * With {@code citeqa.build-index-and-exit=true} the service builds (or checks) its index and exits instead of
 * serving: 0 when the index is ready, 1 when it cannot be built. For image builds, so that containers start warm and
 * replicas never re-embed the corpus.
 */
@ApplicationScoped
class BuildAndExit {

    private static final Logger LOG = Logger.getLogger(BuildAndExit.class);

    private final boolean buildAndExit;
    private final CorpusIndex index;

    BuildAndExit(@ConfigProperty(name = "citeqa.build-index-and-exit", defaultValue = "false") boolean buildAndExit,
                 CorpusIndex index) {
        this.buildAndExit = buildAndExit;
        this.index = index;
    }

    /** After {@link CorpusIndex} has started opening the index: observers without a priority run at APPLICATION + 500. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!buildAndExit) {
            return;
        }
        try {
            IndexedCorpus corpus = index.await(Duration.ofHours(24));
            LOG.infof("Index ready (%d documents, %d chunks); exiting as citeqa.build-index-and-exit asks",
                    corpus.documents().size(), corpus.chunkCount());
            Quarkus.asyncExit(0);
        } catch (IndexNotReadyException e) {
            LOG.errorf("The index could not be built: %s", e.getMessage());
            Quarkus.asyncExit(1);
        }
    }
}
