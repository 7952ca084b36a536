package org.citeqa.search;

import org.citeqa.chunk.Chunk;

/** One retrieved chunk, ranked from 1. */
public record SearchHit(int rank, Chunk chunk, String title, float score) {}
