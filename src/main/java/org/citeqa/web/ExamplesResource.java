package org.citeqa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.corpus.Document;
import org.citeqa.index.CorpusIndex;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The landing page's examples, from configuration or the documents' sidecar files (see {@link Examples}). */
@Path("/api/examples")
@Produces(MediaType.APPLICATION_JSON)
public class ExamplesResource {

    private final WebConfig config;
    private final CorpusConfig corpus;
    private final CorpusIndex index;
    private volatile Examples examples;

    public ExamplesResource(WebConfig config, CorpusConfig corpus, CorpusIndex index) {
        this.config = config;
        this.corpus = corpus;
        this.index = index;
    }

    /**
     * The example questions and claims for this corpus.
     *
     * @return {@code {"questions": [...], "claims": [...]}}, either list empty when there are none
     */
    @GET
    @Operation(summary = "Example questions and claims for the landing page")
    public Examples examples() {
        Examples known = examples;
        if (known == null) {
            var documents = index.await(Duration.ofSeconds(30)).orderedDocuments().stream().map(Document::id).toList();
            known = Examples.of(config, java.nio.file.Path.of(corpus.dir()), documents);
            examples = known;
        }
        return known;
    }
}
