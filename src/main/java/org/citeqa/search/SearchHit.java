package org.citeqa.search;

import org.citeqa.chunk.Chunk;

/** One retrieved chunk, ranked from 1; {@code page} is the PDF page it starts on, null for formats without pages. */
public record SearchHit(int rank, Chunk chunk, String title, float score, Integer page) {

    public SearchHit(int rank, Chunk chunk, String title, float score) {
        this(rank, chunk, title, score, null);
    }
}
