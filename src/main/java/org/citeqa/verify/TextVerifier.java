package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.index.IndexedCorpus;

/** Checks a paragraph sentence by sentence, as a teacher would a student's text. */
@ApplicationScoped
public class TextVerifier {

    private final ClaimVerifier verifier;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextVerifier(ClaimVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Checks each sentence of the text; when the budget is spent with sentences still to check, stops with
     * {@link TimeBudgetExceeded} rather than keep a worker thread busy for a client that may have given up.
     */
    public TextVerification verify(IndexedCorpus corpus, String text, Duration budget) {
        long started = System.nanoTime();
        List<TextVerification.ClaimSentence> sentences = new ArrayList<>();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        List<Span> spans = splitter.split(text);
        for (Span span : spans) {
            if (!sentences.isEmpty() && System.nanoTime() - started > budget.toNanos()) {
                throw new TimeBudgetExceeded(budget, sentences.size(), spans.size());
            }
            String sentence = span.of(text);
            Verification v = verifier.verify(corpus, sentence);
            sentences.add(new TextVerification.ClaimSentence(span.start(), span.end(), sentence, v));
            counts.merge(v.verdict(), 1, Integer::sum);
        }
        return new TextVerification(List.copyOf(sentences), java.util.Collections.unmodifiableMap(counts));
    }
}
