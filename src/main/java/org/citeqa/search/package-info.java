/**
 * Retrieval over the index: BM25 over analysed text (never parsed as query syntax), HNSW vector search, and
 * reciprocal-rank fusion of the two.
 * <p>
 * May depend on {@code corpus}, {@code chunk} and {@code index}.
 */
package org.citeqa.search;
