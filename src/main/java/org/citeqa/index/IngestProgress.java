package org.citeqa.index;

/** Hears how far indexing one document got: the phase, then passages (chunks and sentences) embedded of total. */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
    };

    /** "analysing", "embedding", "writing" or "publishing". */
    default void phase(String phase) {
    }

    default void passages(int done, int total) {
    }
}
