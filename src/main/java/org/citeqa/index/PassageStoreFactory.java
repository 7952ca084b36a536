package org.citeqa.index;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.citeqa.index.solr.SolrPassageStore;
import org.citeqa.index.solr.SolrSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the configured {@link PassageStore}: {@code citeqa.store=lucene} (the default, embedded, under
 * {@code citeqa.index.dir}) or {@code citeqa.store=solr} (a SolrCloud collection, see {@link SolrSettings}).
 */
@ApplicationScoped
public class PassageStoreFactory {

    static final String LUCENE = "lucene";
    static final String SOLR = "solr";

    private final String kind;
    private final Path root;
    private final EnglishAnalysis analysis;
    private final float phraseBoost;
    private final SolrSettings solr;
    private final MeterRegistry registry;

    @Inject
    public PassageStoreFactory(@ConfigProperty(name = "citeqa.store", defaultValue = LUCENE) String kind,
                               IndexConfig index, EnglishAnalysis analysis,
                               @ConfigProperty(name = "citeqa.search.phrase-boost", defaultValue = "0.5") float phraseBoost,
                               SolrSettings solr, MeterRegistry registry) {
        this(kind, Path.of(index.dir()), analysis, phraseBoost, solr, registry);
    }

    PassageStoreFactory(String kind, Path root, EnglishAnalysis analysis, float phraseBoost) {
        this(kind, root, analysis, phraseBoost, null, null);
    }

    PassageStoreFactory(String kind, Path root, EnglishAnalysis analysis, float phraseBoost, SolrSettings solr,
                        MeterRegistry registry) {
        this.kind = kind.strip().toLowerCase(java.util.Locale.ROOT);
        this.root = root;
        this.analysis = analysis;
        this.phraseBoost = phraseBoost;
        this.solr = solr;
        this.registry = registry;
        if (!LUCENE.equals(this.kind) && !SOLR.equals(this.kind)) {
            throw new IllegalArgumentException("citeqa.store must be " + LUCENE + " or " + SOLR + ", was '" + kind + "'");
        }
        if (SOLR.equals(this.kind)) {
            checkSolrSettings();
        }
    }

    /**
     * The store for an index built with these settings (named by their fingerprint); {@code dimension} is the
     * embedding model's, 0 when embeddings are off.
     *
     * @throws StoreUnavailableException when the store (SolrCloud) does not answer yet
     */
    PassageStore open(String settingsFingerprint, int dimension) throws IOException {
        if (SOLR.equals(kind)) {
            return SolrPassageStore.open(solr, registry, analysis, new QueryBuilder(analysis, phraseBoost), dimension);
        }
        return LucenePassageStore.open(root, settingsFingerprint, analysis, new QueryBuilder(analysis, phraseBoost));
    }

    /** The name of the store, part of the index settings. */
    String kind() {
        return kind;
    }

    Path root() {
        return root;
    }

    /** Where the store lives, for the log. */
    String location(String settingsFingerprint) {
        return SOLR.equals(kind) ? "SolrCloud collection " + solr.collection()
                : root.resolve(settingsFingerprint).toAbsolutePath().toString();
    }

    private void checkSolrSettings() {
        if (solr == null) {
            throw new IllegalArgumentException("citeqa.store=solr needs the citeqa.solr.* settings");
        }
        boolean zk = solr.zkHosts().filter(s -> !s.isBlank()).isPresent();
        boolean urls = solr.urls().filter(u -> !u.isEmpty()).isPresent();
        if (!zk && !urls) {
            throw new IllegalArgumentException("citeqa.store=solr needs citeqa.solr.urls (Solr node base URLs) or "
                    + "citeqa.solr.zk-hosts (the ZooKeeper ensemble)");
        }
        if (solr.shards() < 1 || solr.replicas() < 1) {
            throw new IllegalArgumentException("citeqa.solr.shards and citeqa.solr.replicas must be at least 1");
        }
    }
}
