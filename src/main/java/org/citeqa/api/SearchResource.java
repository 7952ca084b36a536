package org.citeqa.api;

import org.citeqa.answer.ExtractiveAnswerer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.search.SearchMode;
import org.citeqa.search.SearchConfig;
import org.citeqa.search.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final CorpusIndex index;
    private final SearchService search;
    private final SearchConfig config;
    private final ApiConfig api;
    private final ExtractiveAnswerer answers;

    public SearchResource(CorpusIndex index, SearchService search, SearchConfig config, ApiConfig api,
                          ExtractiveAnswerer answers) {
        this.index = index;
        this.search = search;
        this.config = config;
        this.api = api;
        this.answers = answers;
    }

    /**
     * Ranks the corpus's chunks for any text; nothing in it is query syntax.
     *
     * @return up to {@code k} hits with their document, offsets and score, best first
     * @throws ApiException (400) when q is missing, blank, too long or not valid Unicode, k is not a whole number in
     *                      1..max-k, or the mode is unknown or needs embeddings that are off
     */
    @GET
    @Operation(summary = "Passages of the corpus ranked for a query")
    public SearchResponse search(@Parameter(description = "any text", required = true) @QueryParam("q") String q,
                                 @Parameter(description = "number of hits, 1..50 (default 5)") @QueryParam("k") String k,
                                 @Parameter(description = "bm25, vector or hybrid (default: configured)")
                                 @QueryParam("mode") String mode) {
        String query = Requests.question(q, "q");
        int limit = Requests.intParam(k, "k", config.defaultK(), 1, config.maxK());
        IndexedCorpus corpus = index.await(api.indexWait());
        SearchMode chosen = mode == null || mode.isBlank() ? search.defaultMode(corpus) : SearchMode.parse(mode)
                .orElseThrow(() -> ApiException.badRequest("'mode' must be bm25, vector or hybrid."));
        if (chosen != SearchMode.BM25 && corpus.embedder().isEmpty()) {
            throw ApiException.badRequest("'mode' " + chosen.id() + " needs embeddings, which are off on this server.");
        }
        // Without a named mode, the passages come reordered by how well they answer; a named mode is that retrieval alone.
        boolean rerank = config.rerank() && (mode == null || mode.isBlank());
        var hits = rerank
                ? answers.rerank(corpus, query, search.search(corpus, query, Math.max(limit, config.rerankDepth()), chosen),
                        limit)
                : search.search(corpus, query, limit, chosen);
        return new SearchResponse(query, chosen.id(), rerank, hits.stream().map(SearchResponse.Hit::of).toList());
    }
}
