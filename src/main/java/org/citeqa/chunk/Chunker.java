package org.citeqa.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups consecutive sentences into chunks of at most {@code maxChars} characters, repeating up to
 * {@code overlapChars} of trailing whole sentences at the start of the next chunk. A sentence is split
 * only when it alone exceeds the limit, and then at a word boundary.
 */
public final class Chunker {

    private final int maxChars;
    private final int overlapChars;
    private final SentenceSplitter splitter;

    public Chunker(int maxChars, int overlapChars, SentenceSplitter splitter) {
        if (maxChars < 50) {
            throw new IllegalArgumentException("chunk size must be at least 50 characters, was " + maxChars);
        }
        if (overlapChars < 0 || overlapChars >= maxChars) {
            throw new IllegalArgumentException("chunk overlap must be in [0, size), was " + overlapChars);
        }
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
        this.splitter = splitter;
    }

    public List<Chunk> chunk(String documentId, String text) {
        List<Span> pieces = boundedPieces(text, splitter.split(text));
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < pieces.size()) {
            int last = first;
            while (last + 1 < pieces.size() && pieces.get(last + 1).end() - pieces.get(first).start() <= maxChars) {
                last++;
            }
            int start = pieces.get(first).start();
            int end = pieces.get(last).end();
            chunks.add(new Chunk(Chunk.idOf(documentId, chunks.size()), documentId, chunks.size(), start, end,
                    text.substring(start, end)));
            if (last + 1 >= pieces.size()) {
                break;
            }
            first = nextFirst(pieces, first, last);
        }
        return List.copyOf(chunks);
    }

    /** The first piece of the next chunk: as many trailing pieces as fit in the overlap, always moving on. */
    private int nextFirst(List<Span> pieces, int first, int last) {
        int next = last + 1;
        while (next - 1 > first && pieces.get(last).end() - pieces.get(next - 1).start() <= overlapChars) {
            next--;
        }
        return next;
    }

    /** Sentences, with any sentence longer than the limit cut at word boundaries. */
    private List<Span> boundedPieces(String text, List<Span> sentences) {
        List<Span> pieces = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            int start = sentence.start();
            while (sentence.end() - start > maxChars) {
                int cut = text.lastIndexOf(' ', start + maxChars);
                if (cut <= start) {
                    cut = start + maxChars;
                }
                pieces.add(trimmed(text, start, cut));
                start = cut;
                while (start < sentence.end() && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (start < sentence.end()) {
                pieces.add(new Span(start, sentence.end()));
            }
        }
        return pieces;
    }

    private static Span trimmed(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
