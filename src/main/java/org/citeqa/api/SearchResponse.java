package org.citeqa.api;

import java.util.List;
import org.citeqa.search.SearchHit;

/**
 * The body of GET /api/search: {@code mode} is the retrieval used; {@code reranked} says whether its passages were
 * then reordered by how well they answer the query (requests that name no mode), so that {@code score} is the
 * retrieval's own and ranks need not follow it.
 */
public record SearchResponse(String query, String mode, boolean reranked, List<Hit> hits) {

    /** {@code page}: the PDF page the passage starts on; null for documents without pages. */
    public record Hit(int rank, String documentId, String title, String chunkId, String text, int start, int end,
                      float score, Integer page) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.rank(), hit.chunk().documentId(), hit.title(), hit.chunk().id(), hit.chunk().text(),
                    hit.chunk().start(), hit.chunk().end(), hit.score(), hit.page());
        }
    }
}
