package org.citeqa.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.citeqa.index.Embedder;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;

/** The retrieval entry point used by the API and the answerers. */
@ApplicationScoped
public class SearchService {

    private final SearchConfig config;
    private final SearchMode defaultMode;
    private final Bm25Search bm25;
    private final VectorSearch vectors = new VectorSearch();
    private final RankFusion fusion;

    public SearchService(SearchConfig config, EnglishAnalysis analysis) {
        this.config = config;
        this.defaultMode = SearchMode.parse(config.mode()).orElseThrow(() -> new IllegalArgumentException(
                "citeqa.search.mode must be bm25, vector or hybrid, was '" + config.mode() + "'"));
        this.bm25 = new Bm25Search();
        this.fusion = new RankFusion(config.rrfK());
    }

    /** The mode used when a request names none. */
    public SearchMode defaultMode(IndexedCorpus corpus) {
        return corpus.embedder().isPresent() ? defaultMode : SearchMode.BM25;
    }

    public List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        return search(corpus, text, k, defaultMode(corpus));
    }

    /** @throws IllegalStateException for vector or hybrid search when embeddings are off */
    public List<SearchHit> search(IndexedCorpus corpus, String text, int k, SearchMode mode) {
        if (mode == SearchMode.BM25) {
            return bm25.search(corpus, text, k);
        }
        Embedder embedder = corpus.embedder().orElseThrow(() -> new IllegalStateException(
                mode.id() + " search needs embeddings, which are off (citeqa.embedding.model=none)"));
        if (mode == SearchMode.VECTOR) {
            return vectors.search(corpus, embedder, text, k);
        }
        int depth = Math.max(k, config.fusionDepth());
        return fusion.fuse(List.of(bm25.search(corpus, text, depth), vectors.search(corpus, embedder, text, depth)),
                List.of(config.bm25Weight(), config.vectorWeight()), k);
    }
}
