package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
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

    public TextVerification verify(IndexedCorpus corpus, String text) {
        List<TextVerification.ClaimSentence> sentences = new ArrayList<>();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        for (Span span : splitter.split(text)) {
            String sentence = span.of(text);
            Verification v = verifier.verify(corpus, sentence);
            sentences.add(new TextVerification.ClaimSentence(span.start(), span.end(), sentence, v));
            counts.merge(v.verdict(), 1, Integer::sum);
        }
        return new TextVerification(List.copyOf(sentences), java.util.Collections.unmodifiableMap(counts));
    }
}
