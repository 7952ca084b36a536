/**
 * The index: analysis, embeddings, the passage store, and the lifecycle of the snapshots that requests read.
 *
 * <h2>Snapshots</h2>
 * A request takes one {@link org.citeqa.index.IndexedCorpus} from {@link org.citeqa.index.CorpusIndex#await} and
 * uses it to the end: documents, the store's {@link org.citeqa.index.PassageStore.Snapshot}, the
 * {@link org.citeqa.index.SentenceTable} and the {@link org.citeqa.index.SentenceVectors} are all immutable and
 * belong to the same moment. An ingest analyses and embeds the new document alone
 * ({@code DocumentAnalyzer}, the one place where per-document and per-sentence data is computed), stages it in the
 * store, publishes, and swaps the next snapshot in with one volatile write: a new document is visible all at once,
 * never half, and a question asked meanwhile is answered from the index as it was.
 *
 * <h2>The passage-store seam</h2>
 * {@link org.citeqa.index.PassageStore} is everything the rest of the service needs from a search engine, and
 * nothing else: search, answer and verify code only ever see a {@code PassageStore.Snapshot}. An implementation
 * provides
 * <ul>
 * <li><b>writes</b>: {@code put(StoredDocument, passages)} adds or replaces every passage of one document (chunk with
 * its offsets and, when embeddings are on, its vector) together with the document's record (fingerprint, sentence
 * count, sentence vectors); {@code delete(documentId)} removes them. Both are staged;</li>
 * <li><b>atomic visibility</b>: {@code publish()} makes all staged writes durable and then visible together, and
 * returns the new snapshot; a crash before it loses the staged writes and nothing else (the originals kept under the
 * data folder are the truth, and the next start re-indexes whatever the store lacks);</li>
 * <li><b>BM25</b> over the analysed chunk text ({@code bm25(text, k)}: the text is analysed with
 * {@link org.citeqa.index.EnglishAnalysis}, never parsed as query syntax);</li>
 * <li><b>k-NN</b> by cosine over unit vectors ({@code nearest(vector, k)}; empty when embeddings are off);</li>
 * <li><b>lookup and counts</b>: {@code chunk(chunkId)}, {@code passageCount()}, {@code documentCount()};</li>
 * <li><b>start-up reconciliation</b>: {@code documents()} returns each stored document's record, so a start reuses
 * every document whose fingerprint is unchanged without embedding it again;</li>
 * <li><b>readiness</b>: {@code ready()} for the health check; {@code cleanUp()} once the start-up corpus is in.</li>
 * </ul>
 * Snapshots must stay searchable after newer ones are published, for as long as a request may hold one.
 *
 * <p>{@link org.citeqa.index.LucenePassageStore} is the default ({@code citeqa.store=lucene}): one embedded Lucene
 * index, written with {@code IndexWriter.updateDocuments} by document id, read through near-real-time readers that
 * share unchanged segments; old readers are closed two minutes after they stop being current.
 * {@link org.citeqa.index.solr.SolrPassageStore} ({@code citeqa.store=solr}, package {@code index.solr}) keeps the
 * passages in a SolrCloud collection: one block per document (a parent record and a child per chunk) replaced by one
 * Lucene {@code updateDocuments} on every replica, a soft commit that waits for the new searchers as the publish,
 * BM25 over this service's own analysed terms (pre-analysed tokens, collection-wide statistics), k-NN over its
 * embeddings. Its snapshots query the live collection and quote only chunks of the document versions (fingerprints)
 * they were published with; Solr not answering is a {@link org.citeqa.index.StoreUnavailableException} (503).
 *
 * <p>Also here: the cache of recent query vectors ({@code citeqa.embedding.recent-queries}, Caffeine) and the
 * image-build mode that builds the index and exits ({@code citeqa.build-index-and-exit}).
 *
 * <p>May depend on {@code corpus} and {@code chunk}.
 */
package org.citeqa.index;
