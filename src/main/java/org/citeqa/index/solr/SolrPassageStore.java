package org.citeqa.index.solr;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.citeqa.chunk.Chunk;
import org.citeqa.index.Bm25Query;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.PassageStore;
import org.citeqa.index.QueryBuilder;
import org.citeqa.index.StoreUnavailableException;
import org.jboss.logging.Logger;

/**
 * The passages in a SolrCloud collection (citeqa.store=solr). Each document is one block, a parent record and a
 * child per chunk, routed to one shard and replaced as a whole by one Lucene {@code updateDocuments} call on every
 * replica, so a searcher sees all of a document's chunks or none. Staged blocks are sent a group at a time (they
 * stay invisible: no timer opens a searcher) and {@link #publish()} makes everything visible with one soft commit
 * that waits for the new searcher on every replica.
 *
 * <p>A snapshot answers from the collection as it is when asked, keeping only chunks of the document versions
 * (fingerprints) it was published with: a document replaced since then is left out of an older snapshot's hits
 * rather than quoted at offsets that no longer hold, and its chunk text comes from Solr only when its fingerprint
 * (a hash of the text) is the one the snapshot's documents were read with.
 *
 * <p>BM25 runs over the service's own analysed terms with collection-wide statistics, so it ranks and scores as the
 * embedded index does; k-NN runs over the service's embeddings: {@code {!knn topK=n}} searches each shard's graph for
 * n candidates (at least k and {@code citeqa.solr.knn-candidates}) and the merge keeps the best k.
 */
public final class SolrPassageStore implements PassageStore {

    private static final Logger LOG = Logger.getLogger(SolrPassageStore.class);
    private static final String HIT_FIELDS = "id,doc_id,fingerprint,ordinal,start,end,text,score";
    /** Ties break by document and position, the order of the embedded index, so both rank alike. */
    private static final String RANKING = "score desc,doc_id asc,ordinal asc";
    /** Documents sent in one update request. */
    private static final int GROUP = 20;
    private static final int PAGE = 200;

    private final SolrSettings settings;
    private final SolrCalls solr;
    private final SolrBlocks blocks;
    private final QueryBuilder queries;
    private final Map<String, String> published = new HashMap<>();
    private final Map<String, String> staged = new HashMap<>();
    private final List<SolrInputDocument> unsent = new ArrayList<>();
    private volatile SolrSnapshot current;

    private SolrPassageStore(SolrSettings settings, SolrCalls solr, EnglishAnalysis analysis, QueryBuilder queries) {
        this.settings = settings;
        this.solr = solr;
        this.blocks = new SolrBlocks(analysis);
        this.queries = queries;
    }

    /**
     * Connects, creates the collection when it is missing (if allowed), checks its schema and reads which document
     * versions it holds.
     *
     * @param dimension the embedding model's dimension, 0 when embeddings are off
     * @throws StoreUnavailableException when Solr does not answer (worth trying again later)
     * @throws IllegalStateException     when the collection is missing and may not be created, or cannot hold the
     *                                   passages (a configuration mistake, said in the message)
     */
    public static SolrPassageStore open(SolrSettings settings, MeterRegistry registry, EnglishAnalysis analysis,
                                        QueryBuilder queries, int dimension) {
        SolrCalls solr = new SolrCalls(settings, registry);
        try {
            SolrPassageStore store = new SolrPassageStore(settings, solr, analysis, queries);
            store.prepare(dimension);
            store.published.putAll(store.fingerprints());
            store.current = store.snapshot();
            return store;
        } catch (RuntimeException e) {
            solr.close();
            throw e;
        }
    }

    private void prepare(int dimension) {
        String collection = settings.collection();
        solr.call("open", client -> {
            if (!SolrSchema.exists(client, collection)) {
                if (!settings.create()) {
                    throw new IllegalStateException("the Solr collection '" + collection
                            + "' does not exist and citeqa.solr.create is false");
                }
                try {
                    SolrSchema.create(client, settings, dimension);
                } catch (SolrException e) {
                    if (!SolrSchema.exists(client, collection)) {
                        throw e;
                    }
                    // another replica of the service created it at the same moment
                }
            }
            List<String> problems = SolrSchema.problems(client, collection, dimension);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the Solr collection '" + collection
                        + "' cannot hold CiteQA's passages: " + String.join("; ", problems));
            }
            if (!SolrSchema.exactStatistics(client, collection)) {
                LOG.warnf("The Solr collection %s scores BM25 with per-shard statistics; set <statsCache class="
                        + "\"org.apache.solr.search.stats.ExactStatsCache\"/> to rank as one index would", collection);
            }
            return null;
        });
    }

    @Override
    public Map<String, StoredDocument> documents() {
        Map<String, StoredDocument> documents = new HashMap<>();
        eachDocument("id,fingerprint,sentence_count,sentence_vectors,title", doc -> {
            int count = ((Number) doc.getFirstValue(SolrBlocks.SENTENCE_COUNT)).intValue();
            float[][] vectors = SentenceVectorBytes.decode((byte[]) doc.getFirstValue(SolrBlocks.SENTENCE_VECTORS), count);
            String id = (String) doc.getFirstValue("id");
            documents.put(id, new StoredDocument(id, (String) doc.getFirstValue(SolrBlocks.FINGERPRINT), count, vectors,
                    Optional.ofNullable((String) doc.getFirstValue("title")).orElse("")));
        });
        return documents;
    }

    private Map<String, String> fingerprints() {
        Map<String, String> fingerprints = new HashMap<>();
        eachDocument("id,fingerprint", doc -> fingerprints.put((String) doc.getFirstValue("id"),
                (String) doc.getFirstValue(SolrBlocks.FINGERPRINT)));
        return fingerprints;
    }

    /** Every document record, a page at a time (a cursor, so any number of documents reads in bounded memory). */
    private void eachDocument(String fields, java.util.function.Consumer<SolrDocument> consumer) {
        SolrQuery query = new SolrQuery(SolrBlocks.KIND + ":" + SolrBlocks.DOCUMENT).setFields(fields).setRows(PAGE)
                .setSort("id", SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = solr.read("documents", client -> client.query(settings.collection(), query,
                    SolrRequest.METHOD.POST));
            response.getResults().forEach(consumer);
            if (cursor.equals(response.getNextCursorMark())) {
                return;
            }
            cursor = response.getNextCursorMark();
        }
    }

    @Override
    public synchronized void put(StoredDocument document, List<StoredPassage> passages) {
        unsent.add(blocks.block(document, passages));
        staged.put(document.documentId(), document.fingerprint());
        if (unsent.size() >= GROUP) {
            send();
        }
    }

    @Override
    public synchronized void delete(String documentId) {
        send(); // an earlier put of the same id must not arrive after this delete
        // A parent's id deletes its whole block (the schema has _root_).
        solr.call("delete", client -> new UpdateRequest().deleteById(documentId).process(client, settings.collection()));
        staged.put(documentId, null);
    }

    private void send() {
        if (unsent.isEmpty()) {
            return;
        }
        List<SolrInputDocument> group = List.copyOf(unsent);
        unsent.clear();
        solr.call("update", client -> new UpdateRequest().add(group).process(client, settings.collection()));
    }

    @Override
    public synchronized Snapshot publish() {
        try {
            send();
            // A soft commit opens new searchers (the update log keeps the writes durable); waiting for them means the
            // next read sees every write on every replica.
            solr.call("commit", client -> client.commit(settings.collection(), true, true, true));
            staged.forEach((id, fingerprint) -> {
                if (fingerprint == null) {
                    published.remove(id);
                } else {
                    published.put(id, fingerprint);
                }
            });
            current = snapshot();
            return current;
        } finally {
            staged.clear();
            unsent.clear();
        }
    }

    private SolrSnapshot snapshot() {
        return new SolrSnapshot(Map.copyOf(published), count(SolrBlocks.CHUNK), count(SolrBlocks.DOCUMENT));
    }

    private int count(String kind) {
        long found = solr.read("count", client -> client.query(settings.collection(),
                new SolrQuery(SolrBlocks.KIND + ":" + kind).setRows(0)).getResults().getNumFound());
        return (int) found;
    }

    @Override
    public Snapshot current() {
        return current;
    }

    /** Whether the collection answers a query now. */
    @Override
    public boolean ready() {
        try {
            solr.call("ping", client -> client.query(settings.collection(), new SolrQuery("*:*").setRows(0)));
            return true;
        } catch (StoreUnavailableException | IllegalStateException e) {
            LOG.debugf("Solr is not ready: %s", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        solr.close();
    }

    /** The collection as published at one moment: the document versions it may quote, and its counts then. */
    private final class SolrSnapshot implements Snapshot {

        private final Map<String, String> fingerprints;
        private final int passages;
        private final int documents;

        SolrSnapshot(Map<String, String> fingerprints, int passages, int documents) {
            this.fingerprints = fingerprints;
            this.passages = passages;
            this.documents = documents;
        }

        @Override
        public List<PassageHit> bm25(String text, int k) {
            Bm25Query query = queries.plan(text);
            if (query.matchesNothing()) {
                return List.of();
            }
            SolrQuery request = new SolrQuery(SolrQueries.bm25(query));
            request.set("defType", "lucene");
            request.set("q.op", "OR");
            return hits("bm25", request, k);
        }

        @Override
        public List<PassageHit> nearest(float[] vector, int k) {
            return hits("knn", new SolrQuery(SolrQueries.knn(vector, Math.max(k, settings.knnCandidates()))), k);
        }

        @Override
        public Optional<Chunk> chunk(String chunkId) {
            SolrQuery byId = new SolrQuery("{!term f=id v=$chunk}");
            byId.set("chunk", chunkId);
            List<PassageHit> hits = hits("chunk", byId, 1);
            return hits.isEmpty() ? Optional.empty() : Optional.of(hits.getFirst().chunk());
        }

        @Override
        public int passageCount() {
            return passages;
        }

        @Override
        public int documentCount() {
            return documents;
        }

        private List<PassageHit> hits(String operation, SolrQuery request, int k) {
            request.setRows(Math.max(1, k));
            request.setFields(HIT_FIELDS);
            request.set("sort", RANKING);
            // Fields come with the ranking from each shard in one pass: a commit between a two-pass query's passes
            // would pair one version's ranking with another's fields, and a pass fewer is faster.
            request.set("distrib.singlePass", true);
            QueryResponse response = solr.read(operation, client -> client.query(settings.collection(), request,
                    SolrRequest.METHOD.POST));
            List<PassageHit> hits = new ArrayList<>(response.getResults().size());
            for (SolrDocument doc : response.getResults()) {
                String documentId = (String) doc.getFirstValue(SolrBlocks.DOCUMENT_ID);
                String fingerprint = (String) doc.getFirstValue(SolrBlocks.FINGERPRINT);
                if (!fingerprint.equals(fingerprints.get(documentId))) {
                    LOG.debugf("left out %s: Solr holds version %s of %s, this snapshot %s", doc.getFirstValue("id"),
                            fingerprint, documentId, fingerprints.get(documentId));
                    continue;
                }
                Chunk chunk = new Chunk((String) doc.getFirstValue("id"), documentId,
                        (Integer) doc.getFirstValue("ordinal"), (Integer) doc.getFirstValue("start"),
                        (Integer) doc.getFirstValue("end"), (String) doc.getFirstValue("text"));
                hits.add(new PassageHit(chunk, ((Number) doc.getFirstValue("score")).floatValue()));
            }
            return hits;
        }
    }
}
