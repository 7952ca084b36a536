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
import org.citeqa.corpus.CorpusConfig;
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
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CompletableFuture<IndexedCorpus> ready = new CompletableFuture<>();

    public CorpusIndex(CorpusConfig corpusConfig, IndexConfig indexConfig, EnglishAnalysis analysis) {
        this.corpusConfig = corpusConfig;
        this.indexConfig = indexConfig;
        this.analysis = analysis;
    }

    void onStart(@Observes StartupEvent event) {
        start();
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
            ready.complete(openOrBuild(documents));
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "The index could not be opened or built under %s", Path.of(indexConfig.dir()).toAbsolutePath());
            ready.completeExceptionally(e);
        }
    }

    private IndexedCorpus openOrBuild(List<Document> documents) throws IOException {
        long started = System.nanoTime();
        IndexStore store = new IndexStore(Path.of(indexConfig.dir()));
        String fingerprint = Fingerprint.of(documents, settings());
        Optional<Path> existing = store.finished(fingerprint);
        DirectoryReader reader = null;
        if (existing.isPresent()) {
            reader = tryOpen(existing.get());
            if (reader == null) {
                LOG.warnf("The index at %s is unreadable; rebuilding it from the corpus", existing.get().toAbsolutePath());
            }
        }
        String how = "reused";
        if (reader == null) {
            Path built = build(store, fingerprint, documents);
            store.deleteAllBut(built);
            reader = DirectoryReader.open(FSDirectory.open(built));
            how = "built";
        }
        Map<String, Document> byId = new LinkedHashMap<>();
        documents.forEach(doc -> byId.put(doc.id(), doc));
        SentenceTable sentences = SentenceTable.build(documents, splitter, analysis);
        IndexedCorpus corpus = new IndexedCorpus(Map.copyOf(byId), List.copyOf(documents), reader,
                new IndexSearcher(reader), sentences, fingerprint, how.equals("reused"));
        LOG.infof("Index %s in %d ms: %d documents, %d chunks, %d sentences (%s)", how,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), documents.size(), reader.numDocs(),
                sentences.size(), Path.of(indexConfig.dir()).resolve(fingerprint).toAbsolutePath());
        return corpus;
    }

    private Path build(IndexStore store, String fingerprint, List<Document> documents) throws IOException {
        Chunker chunker = new Chunker(indexConfig.chunkSize(), indexConfig.chunkOverlap(), splitter);
        Path buildDir = store.newBuildDir(fingerprint);
        try (FSDirectory dir = FSDirectory.open(buildDir);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.analyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Document doc : documents) {
                for (Chunk chunk : chunker.chunk(doc.id(), doc.text())) {
                    writer.addDocument(IndexSchema.toLucene(chunk));
                }
            }
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException | RuntimeException e) {
            store.delete(buildDir);
            throw e;
        }
        return store.publish(buildDir, fingerprint);
    }

    private static DirectoryReader tryOpen(Path dir) {
        try {
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
            if (reader.numDocs() == 0) {
                reader.close();
                return null;
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private List<String> settings() {
        return List.of(IndexSchema.VERSION, EnglishAnalysis.VERSION, "chunk-size=" + indexConfig.chunkSize(),
                "chunk-overlap=" + indexConfig.chunkOverlap());
    }

}
