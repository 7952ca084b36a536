package org.citeqa.index;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the configured {@link PassageStore}: {@code citeqa.store=lucene} (the default, embedded, under
 * {@code citeqa.index.dir}). Another engine is added here, beside Lucene, and selected by the same key.
 */
@ApplicationScoped
public class PassageStoreFactory {

    static final String LUCENE = "lucene";

    private final String kind;
    private final Path root;
    private final EnglishAnalysis analysis;
    private final float phraseBoost;

    @Inject
    public PassageStoreFactory(@ConfigProperty(name = "citeqa.store", defaultValue = LUCENE) String kind,
                               IndexConfig index, EnglishAnalysis analysis,
                               @ConfigProperty(name = "citeqa.search.phrase-boost", defaultValue = "0.5") float phraseBoost) {
        this(kind, Path.of(index.dir()), analysis, phraseBoost);
    }

    PassageStoreFactory(String kind, Path root, EnglishAnalysis analysis, float phraseBoost) {
        this.kind = kind.strip();
        this.root = root;
        this.analysis = analysis;
        this.phraseBoost = phraseBoost;
        if (!LUCENE.equals(this.kind)) {
            throw new IllegalArgumentException("citeqa.store must be " + LUCENE + ", was '" + kind + "'");
        }
    }

    /** The store for an index built with these settings (named by their fingerprint). */
    PassageStore open(String settingsFingerprint) throws IOException {
        return LucenePassageStore.open(root, settingsFingerprint, analysis, new QueryBuilder(analysis, phraseBoost));
    }

    /** The name of the store, part of the index settings. */
    String kind() {
        return kind;
    }

    Path root() {
        return root;
    }
}
