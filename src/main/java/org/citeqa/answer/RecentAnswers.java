package org.citeqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.citeqa.index.IndexedCorpus;

/**
 * Extractive answers to recent questions over the current corpus snapshot: a class opening the same embedded card
 * asks one question many times, and its answer is a function of the question and the snapshot alone. A new
 * snapshot (a document added, replaced or removed) starts afresh, so an answer never outlives the passages it
 * quotes.
 */
final class RecentAnswers {

    private record Memo(IndexedCorpus corpus, Cache<String, Answer> answers) {
    }

    private final int size;
    private volatile Memo memo;

    RecentAnswers(int size) {
        this.size = size;
    }

    /** The answer to the question over the corpus, computed by {@code answer} unless remembered. */
    Answer get(IndexedCorpus corpus, String question, Function<String, Answer> answer) {
        Memo current = memo;
        if (current == null || current.corpus() != corpus) {
            current = new Memo(corpus, Caffeine.newBuilder().maximumSize(size).build());
            memo = current;
        }
        return current.answers().get(question, answer);
    }
}
