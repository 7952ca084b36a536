package org.citeqa.ingest;

import java.time.Instant;
import java.util.List;
import org.citeqa.index.IngestProgress;

/**
 * One write (documents added or replaced, or one removed) as it goes through the single writer: queued, running,
 * then done or failed. Progress counts documents, and for the document in hand the passages (chunks and sentences)
 * embedded of its total. Updated by the writer thread, read by any request.
 */
public final class IngestJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What GET /api/jobs/{id} returns. */
    public record Status(String id, String kind, String state, List<String> documents, String phase,
                         int documentsDone, int documentsTotal, int pages, int passagesDone, int passagesTotal,
                         double progress, String error, Instant createdAt, Instant finishedAt) {
    }

    private final String id;
    private final String kind;
    private final List<String> documents;
    private final int pages;
    private final Instant created = Instant.now();
    private State state = State.QUEUED;
    private String phase = "queued";
    private int documentsDone;
    private int passagesDone;
    private int passagesTotal;
    private String error;
    private Instant finished;

    IngestJob(String id, String kind, List<String> documents, int pages) {
        this.id = id;
        this.kind = kind;
        this.documents = List.copyOf(documents);
        this.pages = pages;
    }

    public String id() {
        return id;
    }

    public synchronized Status status() {
        double perDocument = passagesTotal == 0 ? 0 : (double) passagesDone / passagesTotal;
        double progress = state == State.DONE ? 1.0
                : documents.isEmpty() ? 0 : Math.min(1.0, (documentsDone + perDocument) / documents.size());
        return new Status(id, kind, state.name().toLowerCase(java.util.Locale.ROOT), documents, phase, documentsDone,
                documents.size(), pages, passagesDone, passagesTotal, Math.round(progress * 1000) / 1000.0, error,
                created, finished);
    }

    synchronized boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    synchronized void start() {
        state = State.RUNNING;
        phase = "starting";
    }

    synchronized void documentDone() {
        documentsDone++;
        passagesDone = 0;
        passagesTotal = 0;
    }

    synchronized void done() {
        state = State.DONE;
        phase = "done";
        finished = Instant.now();
    }

    synchronized void failed(String message) {
        state = State.FAILED;
        phase = "failed";
        error = message;
        finished = Instant.now();
    }

    /** The writer reports through this. */
    IngestProgress progress() {
        return new IngestProgress() {
            @Override
            public void phase(String name) {
                synchronized (IngestJob.this) {
                    phase = name;
                }
            }

            @Override
            public void passages(int done, int total) {
                synchronized (IngestJob.this) {
                    passagesDone = done;
                    passagesTotal = total;
                }
            }
        };
    }
}
