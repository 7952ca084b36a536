package org.citeqa.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.citeqa.corpus.TextExtractor;
import org.citeqa.ingest.IngestConfig;
import org.citeqa.ingest.IngestService;
import org.citeqa.ingest.Upload;

/**
 * A child process for {@link CrashSafetyTest}: starts the index on a corpus, uploads one file through the real
 * {@link IngestService}, and kills itself with {@link Runtime#halt} (no shutdown hooks, no finally blocks, as a
 * power cut or kill -9 would) at the point named by its argument:
 * {@code embedding} (original stored, nothing written to the index), {@code before-commit} (the document's passages
 * written to the index writer, not committed), {@code after-commit} (committed, the job not finished).
 * Usage: CrashDrill corpusDir dataDir crashPoint uploadFile
 */
public final class CrashDrill {

    static final int HALTED = 77;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path data = Path.of(args[1]);
        String point = args[2];
        Path upload = Path.of(args[3]);
        AtomicInteger publishes = new AtomicInteger();
        boolean[] ingesting = {false};
        FakeEmbedder model = new FakeEmbedder() {
            @Override
            public List<float[]> embedPassages(List<String> texts) {
                if (ingesting[0] && point.equals("embedding")) {
                    Runtime.getRuntime().halt(HALTED);
                }
                return super.embedPassages(texts);
            }
        };
        EnglishAnalysis analysis = new EnglishAnalysis(new org.citeqa.language.WordNet());
        PassageStoreFactory stores = new PassageStoreFactory("lucene", data.resolve("index"), analysis, 0.5f) {
            @Override
            PassageStore open(String settingsFingerprint, int dimension) throws IOException {
                return new HaltingStore(super.open(settingsFingerprint, dimension), point, publishes);
            }
        };
        CorpusIndex index = new CorpusIndex(corpus::toString, indexConfig(data.resolve("index")), data::toString,
                analysis, Coreferences.lazy(), new Embeddings(model, 8), stores, new TextExtractor());
        index.start();
        index.await(Duration.ofSeconds(60));
        ingesting[0] = true;
        IngestService ingest = new IngestService(index, config());
        ingest.submit(List.of(new Upload(upload, upload.getFileName().toString(), Files.size(upload))), "drill", null,
                null, false);
        Thread.sleep(60_000);
        System.exit(3); // the crash point was never reached
    }

    /** Halts the process around the ingest's publish (the second one: the first publishes the start-up corpus). */
    private record HaltingStore(PassageStore store, String point, AtomicInteger publishes) implements PassageStore {
        @Override
        public Map<String, StoredDocument> documents() throws IOException {
            return store.documents();
        }

        @Override
        public void put(StoredDocument document, List<StoredPassage> passages) throws IOException {
            store.put(document, passages);
        }

        @Override
        public void delete(String documentId) throws IOException {
            store.delete(documentId);
        }

        @Override
        public Snapshot publish() throws IOException {
            boolean ingest = publishes.incrementAndGet() > 1;
            if (ingest && point.equals("before-commit")) {
                Runtime.getRuntime().halt(HALTED);
            }
            Snapshot snapshot = store.publish();
            if (ingest && point.equals("after-commit")) {
                Runtime.getRuntime().halt(HALTED);
            }
            return snapshot;
        }

        @Override
        public Snapshot current() {
            return store.current();
        }

        @Override
        public boolean ready() {
            return store.ready();
        }

        @Override
        public void cleanUp() {
            store.cleanUp();
        }

        @Override
        public void close() throws IOException {
            store.close();
        }
    }

    static IndexConfig indexConfig(Path dir) {
        return new IndexConfig() {
            public String dir() {
                return dir.toString();
            }

            public int chunkSize() {
                return 300;
            }

            public int chunkOverlap() {
                return 0;
            }
        };
    }

    static IngestConfig config() {
        return new IngestConfig() {
            public long maxBytes() {
                return 10_000_000;
            }

            public long maxChars() {
                return 1_000_000;
            }

            public int maxFiles() {
                return 10;
            }

            public int jobsKept() {
                return 10;
            }
        };
    }
}
