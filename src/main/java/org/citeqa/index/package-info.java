/**
 * The Lucene index: its schema and English analysis, the in-process embedding model (and its cache of recent query
 * vectors), building, reusing and swapping the index by fingerprint, the sentence table and sentence vectors, and the
 * image-build mode that builds the index and exits.
 * <p>
 * May depend on {@code corpus} and {@code chunk}.
 */
package org.citeqa.index;
