package org.citeqa.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import io.quarkus.runtime.Quarkus;
import org.citeqa.corpus.CorpusConfig;
import org.citeqa.corpus.CorpusException;
import org.citeqa.corpus.CorpusLoader;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.TextCleaner;
import org.jboss.logging.Logger;

/**
 * Owns the index's lifecycle. At startup the corpus is loaded (a missing or empty folder stops the service
 * with a message naming it), then the index is opened in the background: reused when its fingerprint
 * matches, otherwise built beside the old one and swapped in. Requests wait briefly for it; readiness is
 * DOWN until it is open.
 */
@ApplicationScoped
public class CorpusIndex {

    private static final Logger LOG = Logger.getLogger(CorpusIndex.class);

    private final CorpusConfig corpusConfig;
    private final IndexConfig indexConfig;
    private final EnglishAnalysis analysis;
    private final Embeddings embeddings;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CompletableFuture<IndexedCorpus> ready = new CompletableFuture<>();

    public CorpusIndex(CorpusConfig corpusConfig, IndexConfig indexConfig, EnglishAnalysis analysis,
                       Embeddings embeddings) {
        this.corpusConfig = corpusConfig;
        this.indexConfig = indexConfig;
        this.analysis = analysis;
        this.embeddings = embeddings;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            start();
        } catch (CorpusException e) {
            // A configuration mistake, not a bug: say what to fix, without a stack trace, and stop.
            LOG.errorf("Cannot start: %s. Set citeqa.corpus.dir (or CITEQA_CORPUS_DIR) to a folder of .txt or .md files.",
                    e.getMessage());
            ready.completeExceptionally(e);
            Quarkus.asyncExit(1);
        }
    }

    /** Loads the corpus now and opens the index in the background. */
    void start() {
        List<Document> documents = new CorpusLoader(new TextCleaner()).load(Path.of(corpusConfig.dir()));
        Thread.ofPlatform().name("citeqa-index").daemon().start(() -> open(documents));
    }

    void onStop(@Observes ShutdownEvent event) {
        current().ifPresent(corpus -> {
            try {
                corpus.reader().close();
            } catch (IOException e) {
                LOG.debug("closing the index reader failed", e);
            }
        });
    }

    /** The open index, or empty while it is being built. */
    public Optional<IndexedCorpus> current() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? Optional.of(ready.join()) : Optional.empty();
    }

    /** The open index, waiting up to {@code timeout} for a build in progress. */
    public IndexedCorpus await(Duration timeout) {
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IndexNotReadyException("The index is still being built; try again in a few seconds.");
        } catch (ExecutionException e) {
            throw new IndexNotReadyException("The index could not be built: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexNotReadyException("Interrupted while waiting for the index.");
        }
    }

    private void open(List<Document> documents) {
        try {
            ready.complete(openOrBuild(documents, Path.of(indexConfig.dir())));
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "The index could not be opened or built under %s", Path.of(indexConfig.dir()).toAbsolutePath());
            ready.completeExceptionally(e);
        }
    }

    /**
     * Opens the index of another folder of documents, building it under {@code indexDir} when needed, with this
     * service's settings: for offline tools (training, evaluation) that compare corpora in one process.
     */
    public IndexedCorpus openFolder(Path corpusDir, Path indexDir) throws IOException {
        return openOrBuild(new CorpusLoader(new TextCleaner()).load(corpusDir), indexDir);
    }

    private IndexedCorpus openOrBuild(List<Document> documents, Path indexDir) throws IOException {
        long started = System.nanoTime();
        Optional<Embedder> embedder = embeddings.embedder();
        SentenceTable sentences = SentenceTable.build(documents, splitter, analysis);
        IndexStore store = new IndexStore(indexDir);
        String fingerprint = Fingerprint.of(documents, settings(embedder));
        Opened opened = store.finished(fingerprint).map(dir -> tryOpen(dir, sentences, embedder)).orElse(null);
        if (opened == null && store.finished(fingerprint).isPresent()) {
            LOG.warnf("The index at %s is unreadable; rebuilding it from the corpus",
                    store.finished(fingerprint).get().toAbsolutePath());
        }
        boolean reused = opened != null;
        if (!reused) {
            Path built = build(store, fingerprint, documents, sentences, embedder);
            store.deleteAllBut(built);
            opened = tryOpen(built, sentences, embedder);
            if (opened == null) {
                throw new IOException("the index just built at " + built.toAbsolutePath() + " cannot be opened");
            }
        }
        // The model's first call pays for native setup; pay it before reporting ready, not in a user's request.
        embedder.ifPresent(e -> e.embedQuery("warm up"));
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(doc -> byId.put(doc.id(), doc));
        IndexedCorpus corpus = new IndexedCorpus(Map.copyOf(byId), List.copyOf(documents), opened.reader(),
                new IndexSearcher(opened.reader()), opened.chunks(), sentences, embedder, opened.vectors(), fingerprint, reused);
        LOG.infof("Index %s in %d ms: %d documents, %d chunks, %d sentences, embeddings %s (%s)",
                reused ? "reused" : "built", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                documents.size(), opened.reader().numDocs(), sentences.size(),
                embedder.map(Embedder::name).orElse("off"), store.finished(fingerprint).orElseThrow().toAbsolutePath());
        return corpus;
    }

    private Path build(IndexStore store, String fingerprint, List<Document> documents, SentenceTable sentences,
                       Optional<Embedder> embedder) throws IOException {
        Chunker chunker = new Chunker(indexConfig.chunkSize(), indexConfig.chunkOverlap(), splitter);
        List<Chunk> chunks = documents.stream().flatMap(doc -> chunker.chunk(doc.id(), doc.text()).stream()).toList();
        List<float[]> vectors = embedder.map(e -> embedChunks(e, chunks)).orElse(null);
        Path buildDir = store.newBuildDir(fingerprint);
        try {
            try (FSDirectory dir = FSDirectory.open(buildDir);
                 IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.analyzer())
                         .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                for (int i = 0; i < chunks.size(); i++) {
                    writer.addDocument(IndexSchema.toLucene(chunks.get(i), vectors == null ? null : vectors.get(i)));
                }
                writer.forceMerge(1);
                writer.commit();
            }
            if (embedder.isPresent()) {
                EmbeddingProgress progress = new EmbeddingProgress("sentences", sentences.size(), embeddings.batchSize());
                SentenceVectors.embed(documents, sentences, embedder.get(), progress)
                        .write(buildDir, documents, embedder.get().dimension());
                progress.finish();
            }
        } catch (IOException | RuntimeException e) {
            store.delete(buildDir);
            throw e;
        }
        return store.publish(buildDir, fingerprint);
    }

    private List<float[]> embedChunks(Embedder embedder, List<Chunk> chunks) {
        EmbeddingProgress progress = new EmbeddingProgress("chunks", chunks.size(), embeddings.batchSize());
        List<float[]> vectors = progress.embed(embedder, chunks.stream().map(Chunk::text).toList());
        progress.finish();
        return vectors;
    }

    /** An open index folder: its reader, its chunks and, with embeddings on, its sentence vectors. */
    private record Opened(DirectoryReader reader, ChunkTable chunks, Optional<SentenceVectors> vectors) {
    }

    /** Opens a finished index folder, or returns null when anything in it is missing or unreadable. */
    private static Opened tryOpen(Path dir, SentenceTable sentences, Optional<Embedder> embedder) {
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(FSDirectory.open(dir));
            if (reader.numDocs() == 0) {
                reader.close();
                return null;
            }
            Optional<SentenceVectors> vectors = Optional.empty();
            if (embedder.isPresent()) {
                vectors = Optional.of(SentenceVectors.read(dir, sentences, embedder.get().dimension()));
            }
            return new Opened(reader, ChunkTable.read(reader), vectors);
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "cannot open the index at %s", dir);
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            return null;
        }
    }

    private List<String> settings(Optional<Embedder> embedder) {
        return List.of(IndexSchema.VERSION, EnglishAnalysis.VERSION, "chunk-size=" + indexConfig.chunkSize(),
                "chunk-overlap=" + indexConfig.chunkOverlap(),
                "embedding=" + embedder.map(e -> e.name() + "/" + e.dimension()).orElse("none"));
    }

}
