package org.citeqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.citeqa.chunk.Chunk;
import org.jboss.logging.Logger;

/**
 * The embedded store: one Lucene index under {@code <root>/<settings fingerprint>}, one long-lived
 * {@link IndexWriter}. A document is written with {@link IndexWriter#updateDocuments} by its id term, so its old
 * block goes and its new block comes in the same commit; {@link #publish()} commits, then opens a near-real-time
 * reader that shares every unchanged segment with the previous one. Chunks are read from stored fields once per
 * segment, so a search hit costs an array lookup. A snapshot that is no longer current is closed a while later,
 * longer than any request keeps one.
 */
final class LucenePassageStore implements PassageStore {

    private static final Logger LOG = Logger.getLogger(LucenePassageStore.class);
    static final Duration RETIRE_AFTER = Duration.ofMinutes(2);

    private final Path dir;
    private final boolean created;
    private final QueryBuilder queries;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final Map<Object, Chunk[]> segmentChunks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("citeqa-index-retire").daemon().factory());
    private volatile LuceneSnapshot current;
    private volatile boolean open;

    private LucenePassageStore(Path dir, boolean created, EnglishAnalysis analysis, QueryBuilder queries) throws IOException {
        this.dir = dir;
        this.created = created;
        this.queries = queries;
        this.directory = FSDirectory.open(dir);
        IndexWriter w = null;
        try {
            w = new IndexWriter(directory, new IndexWriterConfig(analysis.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false)); // only publish() commits: closing never writes what a crash would lose
            this.writer = w;
            this.current = new LuceneSnapshot(DirectoryReader.open(w));
        } catch (IOException | RuntimeException e) {
            if (w != null) {
                w.rollback();
            }
            directory.close();
            throw e;
        }
        this.open = true;
    }

    /**
     * The store for these settings under {@code root}: the existing index when it opens and reads, else a new empty
     * one (built beside, then moved into place). Folders of other settings stay until {@link #cleanUp()}.
     */
    static LucenePassageStore open(Path root, String settingsFingerprint, EnglishAnalysis analysis, QueryBuilder queries)
            throws IOException {
        IndexStore folders = new IndexStore(root);
        Optional<Path> existing = folders.finished(settingsFingerprint);
        if (existing.isPresent()) {
            try {
                return new LucenePassageStore(existing.get(), false, analysis, queries);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The index at %s is unreadable (%s); building a new one", existing.get().toAbsolutePath(),
                        e.getMessage());
            }
        }
        Path build = folders.newBuildDir(settingsFingerprint);
        try (FSDirectory d = FSDirectory.open(build);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analysis.analyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            w.commit();
        } catch (IOException | RuntimeException e) {
            folders.delete(build);
            throw e;
        }
        return new LucenePassageStore(folders.publish(build, settingsFingerprint), true, analysis, queries);
    }

    /** Whether this index was created empty by {@link #open} rather than reused. */
    boolean created() {
        return created;
    }

    Path dir() {
        return dir;
    }

    /** Removes index folders of other settings and leftovers of interrupted builds. */
    @Override
    public void cleanUp() {
        new IndexStore(dir.getParent()).deleteAllBut(dir);
    }

    @Override
    public Map<String, StoredDocument> documents() throws IOException {
        LuceneSnapshot snapshot = current;
        Map<String, StoredDocument> documents = new HashMap<>();
        IndexSearcher searcher = snapshot.searcher;
        TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.DOCUMENT)),
                Math.max(1, snapshot.reader.maxDoc()));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            StoredDocument doc = IndexSchema.documentFromLucene(stored.document(hit.doc));
            documents.put(doc.documentId(), doc);
        }
        return documents;
    }

    @Override
    public void put(StoredDocument document, List<StoredPassage> passages) throws IOException {
        List<org.apache.lucene.document.Document> block = new ArrayList<>(passages.size() + 1);
        for (StoredPassage passage : passages) {
            block.add(IndexSchema.toLucene(passage.chunk(), passage.vector()));
        }
        block.add(IndexSchema.toLucene(document));
        writer.updateDocuments(new Term(IndexSchema.DOCUMENT_ID, document.documentId()), block);
    }

    @Override
    public void delete(String documentId) throws IOException {
        writer.deleteDocuments(new Term(IndexSchema.DOCUMENT_ID, documentId));
    }

    @Override
    public synchronized Snapshot publish() throws IOException {
        writer.commit();
        LuceneSnapshot previous = current;
        DirectoryReader next = DirectoryReader.openIfChanged(previous.reader, writer);
        if (next == null) {
            return previous;
        }
        current = new LuceneSnapshot(next);
        retire(previous);
        return current;
    }

    @Override
    public Snapshot current() {
        return current;
    }

    @Override
    public boolean ready() {
        return open;
    }

    private void retire(LuceneSnapshot old) {
        try {
            retirer.schedule(() -> closeQuietly(old), RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            closeQuietly(old); // shutting down
        }
    }

    private static void closeQuietly(LuceneSnapshot snapshot) {
        try {
            snapshot.reader.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a retired index reader failed", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        retirer.shutdownNow();
        closeQuietly(current);
        try {
            writer.rollback(); // nothing is staged outside publish(); rollback also releases the write lock
        } finally {
            directory.close();
        }
    }

    /** One point-in-time reader with its chunk tables. */
    private final class LuceneSnapshot implements Snapshot {

        final DirectoryReader reader;
        final IndexSearcher searcher;
        private final List<LeafReaderContext> leaves;
        private final Chunk[][] chunks;
        private final int passages;
        private final int documents;

        LuceneSnapshot(DirectoryReader reader) throws IOException {
            this.reader = reader;
            this.searcher = new IndexSearcher(reader);
            this.leaves = reader.leaves();
            this.chunks = new Chunk[leaves.size()][];
            for (LeafReaderContext leaf : leaves) {
                chunks[leaf.ord] = chunksOf(leaf.reader());
            }
            this.passages = searcher.count(new FieldExistsQuery(IndexSchema.TEXT));
            this.documents = searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.DOCUMENT)));
        }

        @Override
        public List<PassageHit> bm25(String text, int k) {
            return search(queries.build(text), k);
        }

        @Override
        public List<PassageHit> nearest(float[] vector, int k) {
            if (reader.leaves().stream().noneMatch(l -> l.reader().getFieldInfos().fieldInfo(IndexSchema.VECTOR) != null)) {
                return List.of();
            }
            return search(new KnnFloatVectorQuery(IndexSchema.VECTOR, vector, k), k);
        }

        @Override
        public Optional<Chunk> chunk(String chunkId) {
            List<PassageHit> hits = search(new TermQuery(new Term(IndexSchema.CHUNK_ID, chunkId)), 1);
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

        private List<PassageHit> search(Query query, int k) {
            try {
                TopDocs top = searcher.search(query, Math.max(1, k));
                List<PassageHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    int leaf = ReaderUtil.subIndex(scoreDoc.doc, leaves);
                    Chunk chunk = chunks[leaf][scoreDoc.doc - leaves.get(leaf).docBase];
                    if (chunk != null) {
                        hits.add(new PassageHit(chunk, scoreDoc.score));
                    }
                }
                return hits;
            } catch (IOException e) {
                throw new UncheckedIOException("searching the index failed", e);
            }
        }
    }

    /**
     * The chunks of one segment by document number (null for document records and deleted documents), read once per
     * segment: segments never change, so a new snapshot reads only the segments it has not seen.
     */
    private Chunk[] chunksOf(LeafReader leaf) throws IOException {
        var helper = leaf.getCoreCacheHelper();
        Object key = helper == null ? leaf : helper.getKey();
        Chunk[] cached = segmentChunks.get(key);
        if (cached != null) {
            return cached;
        }
        Chunk[] table = new Chunk[leaf.maxDoc()];
        StoredFields stored = leaf.storedFields();
        Bits live = leaf.getLiveDocs();
        for (int doc = 0; doc < table.length; doc++) {
            if (live == null || live.get(doc)) {
                org.apache.lucene.document.Document fields = stored.document(doc);
                if (IndexSchema.isPassage(fields)) {
                    table[doc] = IndexSchema.fromLucene(fields);
                }
            }
        }
        if (helper != null) {
            segmentChunks.put(key, table);
            helper.addClosedListener(segmentChunks::remove);
        }
        return table;
    }
}
