package org.citeqa.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citeqa.index.CorpusIndex;
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

    public SearchResource(CorpusIndex index, SearchService search, SearchConfig config, ApiConfig api) {
        this.index = index;
        this.search = search;
        this.config = config;
        this.api = api;
    }

    @GET
    @Operation(summary = "Passages of the corpus ranked for a query")
    public SearchResponse search(@Parameter(description = "any text", required = true) @QueryParam("q") String q,
                                 @Parameter(description = "number of hits, 1..50 (default 5)") @QueryParam("k") String k) {
        String query = Requests.question(q, "q");
        int limit = Requests.intParam(k, "k", config.defaultK(), 1, config.maxK());
        var hits = search.search(index.await(api.indexWait()), query, limit);
        return new SearchResponse(query, hits.stream().map(SearchResponse.Hit::of).toList());
    }
}
