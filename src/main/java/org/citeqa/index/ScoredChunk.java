package org.citeqa.index;

import org.citeqa.chunk.Chunk;

/** A chunk found by a search, with the store's score for it. */
public record ScoredChunk(Chunk chunk, float score) {}
