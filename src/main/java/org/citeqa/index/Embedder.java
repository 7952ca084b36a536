package org.citeqa.index;

import java.util.List;

/** Turns text into unit-length vectors; passages and queries may be embedded differently (query prefixes). */
public interface Embedder {

    /** Names the model; part of the index fingerprint, so changing models rebuilds the index. */
    String name();

    int dimension();

    /** One unit vector per passage, in order. */
    List<float[]> embedPassages(List<String> passages);

    float[] embedQuery(String query);

    /** One sentence embedded as a passage (no query instruction), e.g. a claim compared with corpus sentences. */
    default float[] embedSentence(String sentence) {
        return embedPassages(List.of(sentence)).get(0);
    }
}
