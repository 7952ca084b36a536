package org.citeqa.language;

/**
 * A run of tokens {@code first..last} (inclusive) of a tagged sentence and its character range
 * {@code [start, end)}: a chunk ("NP", "VP", "PP", ...) or a proper-noun phrase ("NNP").
 */
public record Phrase(String type, int first, int last, int start, int end, String text) {

    public int size() {
        return last - first + 1;
    }

    public boolean contains(int token) {
        return token >= first && token <= last;
    }
}
