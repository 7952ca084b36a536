package org.citeqa.index;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.corpus.CorpusException;
import org.citeqa.corpus.CorpusLoader;
import org.citeqa.corpus.DataConfig;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.DocumentOrigin;
import org.citeqa.corpus.ExtractionException;
import org.citeqa.corpus.OriginalStore;
import org.citeqa.corpus.SourceDocument;
import org.citeqa.corpus.TextCleaner;
import org.citeqa.corpus.TextExtractor;
import org.citeqa.language.Coreference;
import org.jboss.logging.Logger;

/**
 * Owns the index's lifecycle and the current {@link IndexedCorpus} snapshot.
 *
 * <p>At start, in the background while the HTTP server comes up and the embedding model loads, the start-up folder
 * is read (a missing or empty folder stops the service with a message naming it), then the uploaded originals under
 * the data folder, and the passage store is brought in line with both, document by document: a document whose fingerprint matches its stored entry is reused as it is (no
 * re-embedding), a new or changed one is analysed and embedded, one no longer there is deleted; then everything is
 * published at once. Readiness is DOWN until then and until the model is loaded, and requests wait briefly for it.
 *
 * <p>At run time {@link #put} and {@link #remove} change one document: only it is analysed and embedded, written
 * with the store's atomic replace, published, and the next snapshot swapped in. Writes are serialised; reads never
 * wait for them.
 */
@ApplicationScoped
public class CorpusIndex {

    private static final Logger LOG = Logger.getLogger(CorpusIndex.class);
    /** Waits between attempts to reach a passage store that does not answer yet. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final CorpusConfig corpusConfig;
    private final IndexConfig indexConfig;
    private final Embeddings embeddings;
    private final PassageStoreFactory stores;
    private final CorpusLoader loader;
    private final OriginalStore originals;
    private final DocumentAnalyzer analyzer;
    private final CompletableFuture<IndexedCorpus> ready = new CompletableFuture<>();
    private final ReentrantLock writes = new ReentrantLock();
    private volatile IndexedCorpus current;
    private volatile String waitingFor;
    private volatile Set<String> startupIds = Set.of();
    private volatile PassageStore store;
    private List<String> settings;

    @Inject
    public CorpusIndex(CorpusConfig corpusConfig, IndexConfig indexConfig, DataConfig dataConfig,
                       EnglishAnalysis analysis, Instance<Coreference> coreference, Embeddings embeddings,
                       PassageStoreFactory stores, TextExtractor extractor) {
        this(corpusConfig, indexConfig, dataConfig, analysis, (Supplier<Coreference>) coreference::get, embeddings,
                stores, extractor);
    }

    CorpusIndex(CorpusConfig corpusConfig, IndexConfig indexConfig, DataConfig dataConfig, EnglishAnalysis analysis,
                Supplier<Coreference> coreference, Embeddings embeddings, PassageStoreFactory stores,
                TextExtractor extractor) {
        this.corpusConfig = corpusConfig;
        this.indexConfig = indexConfig;
        this.embeddings = embeddings;
        this.stores = stores;
        this.loader = new CorpusLoader(new TextCleaner(), extractor);
        this.originals = new OriginalStore(Path.of(dataConfig.dir()).resolve("documents"));
        SentenceSplitter splitter = new SentenceSplitter();
        this.analyzer = new DocumentAnalyzer(new Chunker(indexConfig.chunkSize(), indexConfig.chunkOverlap(), splitter),
                splitter, analysis, coreference);
    }

    /** For tests: the Lucene store under the index folder, originals under {@code dataDir}. */
    CorpusIndex(CorpusConfig corpusConfig, IndexConfig indexConfig, Path dataDir, EnglishAnalysis analysis,
                Supplier<Coreference> coreference, Embeddings embeddings) {
        this(corpusConfig, indexConfig, dataDir::toString, analysis, coreference, embeddings,
                new PassageStoreFactory(PassageStoreFactory.LUCENE, Path.of(indexConfig.dir()), analysis, 0.5f),
                new TextExtractor());
    }

    /**
     * Opens (building when needed) the index of another folder of documents, with this service's analysis, embedding
     * model and chunking, everything kept under {@code workDir}: for offline tools (training, evaluation) that
     * compare corpora in one process. Waits until it is open.
     */
    public static IndexedCorpus openFolder(Path corpusDir, Path workDir, IndexConfig settings, EnglishAnalysis analysis,
                                           Coreference coreference, Embeddings embeddings) {
        IndexConfig config = new IndexConfig() {
            @Override
            public String dir() {
                return workDir.resolve("index").toString();
            }

            @Override
            public int chunkSize() {
                return settings.chunkSize();
            }

            @Override
            public int chunkOverlap() {
                return settings.chunkOverlap();
            }
        };
        CorpusIndex index = new CorpusIndex(corpusDir::toString, config, workDir.resolve("data"), analysis,
                () -> coreference, embeddings);
        index.start();
        return index.await(Duration.ofHours(1));
    }

    void onStart(@Observes StartupEvent event) {
        try {
            start();
        } catch (CorpusException e) {
            fail(e);
        }
    }

    /**
     * Checks the start-up folder now, then loads the model, reads the folder and opens the index in the background:
     * the HTTP server comes up meanwhile, with readiness DOWN.
     *
     * @throws CorpusException when the folder is missing or not a folder
     */
    void start() {
        loader.check(Path.of(corpusConfig.dir()));
        embeddings.preload();
        Thread.ofPlatform().name("citeqa-index").daemon().start(this::open);
    }

    /** A configuration mistake, not a bug: say what to fix, without a stack trace, and stop. */
    private void fail(CorpusException e) {
        LOG.errorf("Cannot start: %s. Set citeqa.corpus.dir (or CITEQA_CORPUS_DIR) to a folder of documents.",
                e.getMessage());
        ready.completeExceptionally(e);
        Quarkus.asyncExit(1);
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Closes the store (tests open several indexes in one JVM). */
    void close() {
        writes.lock();
        try {
            if (store != null) {
                store.close();
                store = null;
            }
        } catch (IOException e) {
            LOG.debug("closing the index failed", e);
        } finally {
            writes.unlock();
        }
    }

    /** The current snapshot, or empty while the index is being opened. */
    public Optional<IndexedCorpus> current() {
        return Optional.ofNullable(current);
    }

    /** The current snapshot, waiting up to {@code timeout} for a start in progress. */
    public IndexedCorpus await(Duration timeout) {
        IndexedCorpus now = current;
        if (now != null) {
            return now;
        }
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return current;
        } catch (TimeoutException e) {
            String why = waitingFor;
            throw new IndexNotReadyException(why != null ? "The document store is not answering yet; try again in a"
                    + " few seconds." : "The index is still being built; try again in a few seconds.");
        } catch (ExecutionException e) {
            throw new IndexNotReadyException("The index could not be built: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexNotReadyException("Interrupted while waiting for the index.");
        }
    }

    /** Where uploaded originals are kept. */
    public OriginalStore originals() {
        return originals;
    }

    /** Reads files into documents exactly as the start-up folder is read. */
    public CorpusLoader loader() {
        return loader;
    }

    /** Whether the start-up folder has a document of this id (removing it must be remembered, not just forgotten). */
    public boolean inStartupFolder(String id) {
        return startupIds.contains(id);
    }

    /**
     * Adds {@code document}, or replaces the document of the same id: analyses and embeds it alone, writes it,
     * publishes and swaps in the next snapshot, which is returned. Other documents are untouched.
     */
    public IndexedCorpus put(Document document, DocumentOrigin origin, IngestProgress progress) throws IOException {
        await(Duration.ofMinutes(30));
        writes.lock();
        try {
            requireOpen();
            progress.phase("analysing");
            AnalysedDocument analysed = analyzer.analyse(document);
            Optional<Embedder> embedder = current.embedder();
            float[][] vectors = write(analysed, embedder, progress);
            progress.phase("publishing");
            PassageStore.Snapshot snapshot = store.publish();
            IndexedCorpus next = current.with(document, origin, analysed.sentences(), vectors, snapshot);
            current = next;
            return next;
        } finally {
            writes.unlock();
        }
    }

    /** Removes a document (nothing happens when there is none); returns the next snapshot. */
    public IndexedCorpus remove(String id) throws IOException {
        await(Duration.ofMinutes(30));
        writes.lock();
        try {
            requireOpen();
            store.delete(id);
            IndexedCorpus next = current.without(id, store.publish());
            current = next;
            return next;
        } finally {
            writes.unlock();
        }
    }

    private void requireOpen() {
        if (store == null || current == null) {
            throw new IndexNotReadyException("The index is closed.");
        }
    }

    /** Embeds (when on) and stages one analysed document; returns its sentence vectors, or null. */
    private float[][] write(AnalysedDocument analysed, Optional<Embedder> embedder, IngestProgress progress)
            throws IOException {
        List<float[]> chunkVectors = null;
        float[][] sentenceVectors = null;
        if (embedder.isPresent()) {
            progress.phase("embedding");
            DocumentAnalyzer.Embedded embedded = analyzer.embed(analysed, embedder.get(), embeddings.batchSize(), progress);
            chunkVectors = embedded.chunkVectors();
            sentenceVectors = embedded.sentenceVectors();
        }
        progress.phase("writing");
        List<PassageStore.StoredPassage> passages = new ArrayList<>(analysed.chunks().size());
        for (int i = 0; i < analysed.chunks().size(); i++) {
            Chunk chunk = analysed.chunks().get(i);
            passages.add(new PassageStore.StoredPassage(chunk, chunkVectors == null ? null : chunkVectors.get(i),
                    analysed.document().pageAt(chunk.start())));
        }
        Document doc = analysed.document();
        store.put(new PassageStore.StoredDocument(doc.id(), Fingerprint.of(doc, settings), analysed.sentences().size(),
                sentenceVectors, doc.title()), passages);
        return sentenceVectors;
    }

    /** Reads the start-up folder, then opens the store and brings it in line with the folder. */
    private void open() {
        List<SourceDocument> folder;
        try {
            folder = loader.loadWithOrigins(Path.of(corpusConfig.dir()));
        } catch (CorpusException e) {
            fail(e); // the folder went away or cannot be listed
            return;
        }
        open(folder);
    }

    /**
     * Opens the store and brings it in line with the corpus. A store that does not answer yet (SolrCloud starting,
     * or down, or its collection not usable yet) is tried again, waiting longer each time up to {@link #LAST_RETRY}:
     * readiness stays DOWN and requests get 503 meanwhile, and the service comes up by itself once it answers.
     */
    private void open(List<SourceDocument> folder) {
        Duration pause = FIRST_RETRY;
        while (true) {
            try {
                IndexedCorpus opened = openAndReconcile(folder);
                waitingFor = null;
                current = opened;
                ready.complete(opened);
                return;
            } catch (StoreUnavailableException | IllegalStateException e) {
                if (!PassageStoreFactory.SOLR.equals(stores.kind())) {
                    failToOpen(e);
                    return;
                }
                closeStore();
                waitingFor = e.getMessage();
                LOG.warnf("The passage store is not usable yet, trying again in %d s: %s", pause.toSeconds(),
                        e.getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    failToOpen(e);
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
            } catch (RuntimeException | IOException e) {
                failToOpen(e);
                return;
            }
        }
    }

    private void failToOpen(Exception e) {
        LOG.errorf(e, "The index could not be opened or built in %s",
                stores.location(settings == null ? "" : Fingerprint.ofSettings(settings)));
        ready.completeExceptionally(e);
    }

    private void closeStore() {
        writes.lock();
        try {
            if (store != null) {
                store.close();
                store = null;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the store failed", e);
        } finally {
            writes.unlock();
        }
    }

    /** Why the index is not open yet while it waits for its passage store, if it does. */
    public Optional<String> waitingFor() {
        return current != null ? Optional.empty() : Optional.ofNullable(waitingFor);
    }

    /** Whether the passage store answers now (always, for the embedded index once open). */
    public boolean storeReady() {
        PassageStore open = store;
        return open != null && open.ready();
    }

    /** The start-up folder and the stored uploads as one corpus: an upload replaces a file of its id, a removal hides it. */
    private Map<String, SourceDocument> sources(List<SourceDocument> folder) {
        Map<String, SourceDocument> sources = new TreeMap<>();
        folder.forEach(s -> sources.put(s.document().id(), s));
        startupIds = Set.copyOf(sources.keySet());
        for (OriginalStore.Entry entry : originals.recover()) {
            if (entry.removed()) {
                if (sources.remove(entry.id()) == null) {
                    originals.forget(entry.id()); // hides nothing any more
                }
                continue;
            }
            try {
                Document doc = loader.read(entry.id(), entry.file(), entry.fileName(), entry.title(), entry.source());
                sources.put(entry.id(), new SourceDocument(doc, entry.origin()));
            } catch (ExtractionException | java.io.UncheckedIOException e) {
                LOG.warnf("Skipping the stored original of %s (%s): %s", entry.id(), entry.file(), e.getMessage());
            }
        }
        return sources;
    }

    private IndexedCorpus openAndReconcile(List<SourceDocument> folder) throws IOException {
        long started = System.nanoTime();
        Optional<String> model = embeddings.signature();
        settings = settings(model);
        String fingerprint = Fingerprint.ofSettings(settings);
        Map<String, SourceDocument> sources = sources(folder);
        writes.lock();
        try {
            store = stores.open(fingerprint, embeddings.dimension());
            Map<String, PassageStore.StoredDocument> stored = store.documents();
            List<DocumentSentences> sentences = new ArrayList<>();
            Map<String, float[][]> vectors = new HashMap<>();
            int reused = 0;
            int indexed = 0;
            for (SourceDocument source : sources.values()) {
                Document doc = source.document();
                PassageStore.StoredDocument entry = stored.get(doc.id());
                DocumentSentences analysed = analyzer.sentences(doc);
                if (entry != null && entry.fingerprint().equals(Fingerprint.of(doc, settings))
                        && entry.sentenceCount() == analysed.size()
                        && (model.isEmpty() || entry.sentenceVectors() != null)) {
                    reused++;
                    sentences.add(analysed);
                    if (model.isPresent()) {
                        vectors.put(doc.id(), entry.sentenceVectors());
                    }
                    continue;
                }
                indexed++;
                AnalysedDocument full = analyzer.analyse(doc);
                Optional<Embedder> embedder = embeddings.embedder(); // waits for the model to load
                float[][] sentenceVectors = write(full, embedder, new LoggingProgress(doc.id()));
                sentences.add(full.sentences());
                if (embedder.isPresent()) {
                    vectors.put(doc.id(), sentenceVectors);
                }
            }
            int removed = 0;
            for (String id : stored.keySet()) {
                if (!sources.containsKey(id)) {
                    store.delete(id);
                    removed++;
                }
            }
            PassageStore.Snapshot snapshot = store.publish();
            store.cleanUp();
            // Ready only with the model loaded (and warmed up): until then a question could not be answered fully.
            Optional<Embedder> embedder = embeddings.embedder();
            Map<String, Document> byId = new LinkedHashMap<>();
            Map<String, DocumentOrigin> origins = new HashMap<>();
            sources.values().forEach(s -> {
                byId.put(s.document().id(), s.document());
                origins.put(s.document().id(), s.origin());
            });
            SentenceVectors collected = SentenceVectors.empty();
            for (var v : vectors.entrySet()) {
                collected = collected.with(v.getKey(), v.getValue());
            }
            SentenceVectors sentenceVectors = collected;
            boolean allReused = indexed == 0 && removed == 0;
            IndexedCorpus corpus = new IndexedCorpus(Map.copyOf(byId), IndexedCorpus.ordered(byId), snapshot,
                    SentenceTable.of(sentences), embedder, embedder.map(e -> sentenceVectors), Map.copyOf(origins),
                    fingerprint, 0, allReused);
            LOG.infof("Index %s in %d ms: %d documents (%d reused, %d indexed, %d removed), %d chunks, %d sentences,"
                            + " embeddings %s (%s)", allReused ? "reused" : "built",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), byId.size(), reused, indexed, removed,
                    snapshot.passageCount(), corpus.sentences().size(), embedder.map(Embedder::name).orElse("off"),
                    stores.location(fingerprint));
            return corpus;
        } finally {
            writes.unlock();
        }
    }

    private List<String> settings(Optional<String> model) {
        return List.of(IndexSchema.VERSION, EnglishAnalysis.VERSION, "store=" + stores.kind(),
                "chunk-size=" + indexConfig.chunkSize(), "chunk-overlap=" + indexConfig.chunkOverlap(),
                "embedding=" + model.orElse("none"), "sentence-vectors=" + DocumentAnalyzer.SENTENCE_TEXT);
    }

    /** Start-up indexing reports to the log only. */
    private record LoggingProgress(String id) implements IngestProgress {
    }
}
