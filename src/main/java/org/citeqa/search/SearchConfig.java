package org.citeqa.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retrieval settings; the defaults were chosen on the dev set. */
@ConfigMapping(prefix = "citeqa.search")
public interface SearchConfig {

    /**
     * bm25, vector or hybrid; vector and hybrid fall back to bm25 when embeddings are off. BM25 is the default
     * because hybrid did not beat it on dev recall@5 (see the README's evaluation).
     */
    @WithDefault("bm25")
    String mode();

    /** Hits returned by /api/search when the request names no k. */
    @WithDefault("5")
    int defaultK();

    /** Largest k a request may ask for. */
    @WithDefault("50")
    int maxK();

    /** Boost of the adjacent-word phrase clauses relative to single terms. */
    @WithDefault("0.5")
    float phraseBoost();

    /** Hybrid: candidates taken from each of BM25 and vectors before fusing. */
    @WithDefault("50")
    int fusionDepth();

    /** Hybrid: the reciprocal-rank-fusion constant k in weight / (k + rank). */
    @WithDefault("60")
    int rrfK();

    /** Hybrid: weight of the BM25 ranking. */
    @WithDefault("1.0")
    double bm25Weight();

    /** Hybrid: weight of the vector ranking. */
    @WithDefault("1.0")
    double vectorWeight();

    /**
     * Whether /api/search, when the request names no mode, reorders the passages it retrieved by how well their best
     * sentence answers the query (the extractive answerer's sentence score), so that the passage that answers a
     * question comes first. A request naming a mode gets that retrieval alone.
     */
    @WithDefault("true")
    boolean rerank();

    /** Passages retrieved before reordering. */
    @WithDefault("20")
    int rerankDepth();
}
