package org.citeqa.index.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citeqa.chunk.Chunk;
import org.citeqa.corpus.Document;
import org.citeqa.index.Bm25Query;
import org.citeqa.index.Passages;
import org.citeqa.index.ScoredChunk;
import org.citeqa.index.StoreHealth;
import org.jboss.logging.Logger;

/**
 * The open corpus's passages in SolrCloud. A hit names its chunk's offsets; the chunk's text is cut from the
 * document the service holds, but only when both are the same version: a hit from a version this service does
 * not hold (another replica wrote a newer one) is left out rather than quoted at the wrong offsets.
 */
public final class SolrPassages implements Passages {

    private static final Logger LOG = Logger.getLogger(SolrPassages.class);

    private final SolrPassageStore store;
    private final Map<String, Document> documents;
    private final Map<String, String> versions;
    private final int chunkCount;

    public SolrPassages(SolrPassageStore store, Map<String, Document> documents, Map<String, String> versions,
                        int chunkCount) {
        this.store = store;
        this.documents = Map.copyOf(documents);
        this.versions = Map.copyOf(versions);
        this.chunkCount = chunkCount;
    }

    @Override
    public List<ScoredChunk> bm25(Bm25Query query, int k) {
        return resolve(store.bm25(query, k));
    }

    @Override
    public List<ScoredChunk> nearest(float[] vector, int k) {
        return resolve(store.nearest(vector, k));
    }

    @Override
    public int chunkCount() {
        return chunkCount;
    }

    @Override
    public StoreHealth health() {
        return store.health();
    }

    private List<ScoredChunk> resolve(List<SolrPassageStore.Hit> hits) {
        List<ScoredChunk> resolved = new ArrayList<>(hits.size());
        for (SolrPassageStore.Hit hit : hits) {
            Document doc = documents.get(hit.documentId());
            if (doc == null || !hit.documentVersion().equals(versions.get(hit.documentId()))
                    || hit.end() > doc.text().length()) {
                LOG.warnf("Left out chunk %s: Solr holds version %s of %s, this service %s", hit.chunkId(),
                        hit.documentVersion(), hit.documentId(), versions.get(hit.documentId()));
                continue;
            }
            Chunk chunk = new Chunk(hit.chunkId(), hit.documentId(), hit.ordinal(), hit.start(), hit.end(),
                    doc.text().substring(hit.start(), hit.end()));
            resolved.add(new ScoredChunk(chunk, hit.score()));
        }
        return resolved;
    }
}
