package org.citeqa.ingest;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.DocumentFormat;
import org.citeqa.corpus.ExtractionException;
import org.citeqa.corpus.OriginalStore;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.jboss.logging.Logger;

/**
 * Adds, replaces and removes documents while the service runs. A request is checked whole before anything is kept:
 * sizes, ids, formats, and the text of every file is extracted and cleaned, so a bad file is refused with its reason
 * and leaves the index and the stored originals exactly as they were. Then the originals are stored (atomically,
 * under the data folder) and a job is queued for the single writer, which indexes one document at a time; the
 * request returns at once with the job. If the process dies in between, the stored original is the truth and the
 * next start indexes it: a document is fully there or not there.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CorpusIndex index;
    private final IngestConfig config;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("citeqa-ingest").daemon().factory());
    private final Map<String, IngestJob> jobs;
    /** Ids with a write queued or running: a second POST of one is a duplicate even before it is visible. */
    private final Map<String, Integer> pending = new java.util.HashMap<>();

    public IngestService(CorpusIndex index, IngestConfig config) {
        this.index = index;
        this.config = config;
        int kept = config.jobsKept();
        this.jobs = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, IngestJob> eldest) {
                return size() > kept && eldest.getValue().finished();
            }
        };
    }

    void stop(@Observes ShutdownEvent event) {
        writer.shutdownNow();
    }

    /** A file checked and read, ready to be stored. */
    private record Prepared(Upload upload, Document document, DocumentFormat format, String title, String source) {
    }

    /**
     * Adds documents ({@code replace} false: every id must be new) or replaces one ({@code replace} true).
     *
     * @param id     the id for a single file, or null to derive ids from file names
     * @param title  a title for a single file, or null for the file's metadata title or a guess
     * @param source a source to show for a single file, or null for the file name
     */
    public IngestJob submit(List<Upload> uploads, String id, String title, String source, boolean replace) {
        if (uploads.isEmpty()) {
            throw new IngestException(IngestException.Kind.INVALID, "Send at least one file, as a multipart part named 'file'.");
        }
        if (uploads.size() > config.maxFiles()) {
            throw new IngestException(IngestException.Kind.INVALID, "Send at most " + config.maxFiles()
                    + " files at once; this request has " + uploads.size() + ".");
        }
        if (uploads.size() > 1 && (id != null || title != null)) {
            throw new IngestException(IngestException.Kind.INVALID,
                    "'id' and 'title' name one document: send one file with them, or leave them out.");
        }
        IndexedCorpus corpus = index.await(Duration.ofSeconds(30));
        List<String> ids = new ArrayList<>();
        for (Upload upload : uploads) {
            String docId = id != null ? id : DocumentIds.fromFileName(upload.fileName());
            if (!DocumentIds.isSafe(docId) && !(replace && corpus.document(docId).isPresent())) {
                throw new IngestException(IngestException.Kind.INVALID, "The id '" + docId + "' is not allowed: use"
                        + " letters, digits, '.', '_' and '-', starting with a letter or digit, at most "
                        + DocumentIds.MAX_LENGTH + " characters.");
            }
            if (ids.contains(docId)) {
                throw new IngestException(IngestException.Kind.DUPLICATE, "Two files of this upload would have the id '"
                        + docId + "'; rename one or upload them separately.");
            }
            ids.add(docId);
        }
        if (!replace) {
            checkNew(corpus, ids);
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            prepared.add(prepare(uploads.get(i), ids.get(i), title, source));
        }
        synchronized (this) {
            if (!replace) {
                checkNew(index.await(Duration.ofSeconds(30)), ids); // again: another upload may have won meanwhile
            }
            List<OriginalStore.Entry> stored = new ArrayList<>();
            try {
                for (Prepared p : prepared) {
                    stored.add(index.originals().save(p.document().id(), p.upload().file(), p.upload().fileName(),
                            p.format(), p.title(), p.source()));
                }
            } catch (RuntimeException e) {
                stored.forEach(index.originals()::discard);
                throw e;
            }
            int pages = prepared.stream().mapToInt(p -> p.document().pageCount()).sum();
            IngestJob job = register(replace ? "replace" : "add", ids, pages);
            ids.forEach(this::pend);
            writer.submit(() -> runAdd(job, prepared, stored));
            return job;
        }
    }

    /**
     * Removes a document; 404 when there is none. The removal is recorded among the stored originals at once, as an
     * upload's original is, so that the stored versions keep the order of the requests: a replace sent while the
     * removal waits is newer than it, and is what a restart finds.
     */
    public IngestJob remove(String id) {
        IndexedCorpus corpus = index.await(Duration.ofSeconds(30));
        synchronized (this) {
            if (corpus.document(id).isEmpty() && !pending.containsKey(id)) {
                throw new IngestException(IngestException.Kind.NOT_FOUND, "No document has the id '" + id + "'.");
            }
            OriginalStore.Entry tombstone = index.originals().remove(id);
            IngestJob job = register("delete", List.of(id), 0);
            pend(id);
            writer.submit(() -> runRemove(job, tombstone));
            return job;
        }
    }

    public synchronized Optional<IngestJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void checkNew(IndexedCorpus corpus, List<String> ids) {
        for (String docId : ids) {
            if (corpus.document(docId).isPresent() || pending.containsKey(docId)) {
                throw new IngestException(IngestException.Kind.DUPLICATE, "A document with the id '" + docId
                        + "' already exists; replace it with PUT /api/documents/" + docId + " or choose another id.");
            }
        }
    }

    private Prepared prepare(Upload upload, String id, String title, String source) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? id : upload.fileName();
        if (upload.size() == 0) {
            throw new IngestException(IngestException.Kind.INVALID, "The file '" + name + "' is empty.");
        }
        if (upload.size() > config.maxBytes()) {
            throw new IngestException(IngestException.Kind.TOO_LARGE, "The file '" + name + "' is larger than "
                    + config.maxBytes() + " bytes (citeqa.ingest.max-bytes).");
        }
        try {
            Document document = index.loader().read(id, upload.file(), name, blankToNull(title), blankToNull(source));
            return new Prepared(new Upload(upload.file(), name, upload.size()), document,
                    DocumentFormat.ofId(document.format()).orElseThrow(), blankToNull(title), blankToNull(source));
        } catch (ExtractionException e) {
            IngestException.Kind kind = switch (e.reason()) {
                case EMPTY_FILE -> IngestException.Kind.INVALID;
                case UNSUPPORTED_FORMAT -> IngestException.Kind.UNSUPPORTED;
                case UNREADABLE, ENCRYPTED, NO_TEXT, TOO_LARGE -> IngestException.Kind.UNPROCESSABLE;
            };
            throw new IngestException(kind, "The file '" + name + "' cannot be added: " + e.getMessage() + ".");
        }
    }

    private void runAdd(IngestJob job, List<Prepared> prepared, List<OriginalStore.Entry> stored) {
        job.start();
        int i = 0;
        try {
            for (; i < prepared.size(); i++) {
                Prepared p = prepared.get(i);
                OriginalStore.Entry entry = stored.get(i);
                index.put(p.document(), entry.origin(), job.progress());
                index.originals().prune(entry.id(), entry.version());
                job.documentDone();
                done(entry.id());
            }
            job.done();
        } catch (Exception e) {
            LOG.errorf(e, "Indexing %s failed", prepared.get(i).document().id());
            for (int j = i; j < prepared.size(); j++) {
                index.originals().discard(stored.get(j)); // never indexed: do not let a restart bring it in
                done(stored.get(j).id());
            }
            job.failed("Indexing '" + prepared.get(i).document().id() + "' failed: " + e.getMessage());
        }
    }

    private void runRemove(IngestJob job, OriginalStore.Entry tombstone) {
        String id = tombstone.id();
        job.start();
        try {
            index.remove(id);
            if (index.inStartupFolder(id)) {
                index.originals().prune(id, tombstone.version()); // keep the record that hides the start-up file
            } else {
                index.originals().forgetThrough(id, tombstone.version()); // what came later stays
            }
            job.documentDone();
            job.done();
        } catch (Exception e) {
            LOG.errorf(e, "Removing %s failed", id);
            index.originals().discard(tombstone); // not removed: do not let a restart hide it
            job.failed("Removing '" + id + "' failed: " + e.getMessage());
        } finally {
            done(id);
        }
    }

    private synchronized void pend(String id) {
        pending.merge(id, 1, Integer::sum);
    }

    private synchronized void done(String id) {
        pending.computeIfPresent(id, (key, n) -> n > 1 ? n - 1 : null);
    }

    private synchronized IngestJob register(String kind, List<String> ids, int pages) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        IngestJob job = new IngestJob(HexFormat.of().formatHex(bytes), kind, ids, pages);
        jobs.put(job.id(), job);
        return job;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
