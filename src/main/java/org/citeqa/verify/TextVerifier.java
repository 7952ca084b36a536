package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.index.IndexedCorpus;

/** Checks a paragraph sentence by sentence, as a teacher would a student's text. */
@ApplicationScoped
public class TextVerifier {

    /** Hears of the sentences to check, then of each one as soon as it is checked. */
    public interface Progress {

        Progress NONE = new Progress() {};

        /** The sentences of the text, in order, before any is checked. */
        default void planned(List<Span> sentences) {
        }

        /** The sentence at {@code index} (from 0) is checked. */
        default void checked(int index, TextVerification.ClaimSentence sentence) {
        }

        /** True when nobody waits for the result any more: checking stops early. */
        default boolean abandoned() {
            return false;
        }
    }

    private final ClaimVerifier verifier;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextVerifier(ClaimVerifier verifier) {
        this.verifier = verifier;
    }

    public TextVerification verify(IndexedCorpus corpus, String text, Duration budget) {
        return verify(corpus, text, budget, Progress.NONE);
    }

    /**
     * Checks each sentence of the text; when the budget is spent with sentences still to check, stops with
     * {@link TimeBudgetExceeded}, carrying the sentences already checked, rather than keep a worker thread busy for
     * a client that may have given up.
     */
    public TextVerification verify(IndexedCorpus corpus, String text, Duration budget, Progress progress) {
        long started = System.nanoTime();
        List<TextVerification.ClaimSentence> sentences = new ArrayList<>();
        List<Span> spans = splitter.split(text);
        progress.planned(List.copyOf(spans));
        // A sentence said twice is checked once: the same words against the same corpus get the same verdict.
        Map<String, Verification> checkedBefore = new HashMap<>();
        for (Span span : spans) {
            if (!sentences.isEmpty() && System.nanoTime() - started > budget.toNanos()) {
                throw new TimeBudgetExceeded(budget, result(sentences), spans.size());
            }
            if (progress.abandoned()) {
                break;
            }
            String sentence = span.of(text);
            Verification v = checkedBefore.computeIfAbsent(sentence, claim -> verifier.verify(corpus, claim));
            TextVerification.ClaimSentence checked = new TextVerification.ClaimSentence(span.start(), span.end(),
                    sentence, v);
            sentences.add(checked);
            progress.checked(sentences.size() - 1, checked);
        }
        return result(sentences);
    }

    private static TextVerification result(List<TextVerification.ClaimSentence> sentences) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        sentences.forEach(s -> counts.merge(s.result().verdict(), 1, Integer::sum));
        return new TextVerification(List.copyOf(sentences), Collections.unmodifiableMap(counts));
    }
}
