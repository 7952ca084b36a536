package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citeqa.answer.Citation;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexedCorpus;

/**
 * Turns the model's raw answer into one the client can check: markers naming no passage are dropped; each kept
 * marker becomes a citation quoting the passage's sentence(s) that support the sentence carrying it, with exact
 * offsets; each sentence is checked against its quotes; citations are renumbered in order of first use so that
 * every [n] has a citation and every citation is used. A citation is one (passage, quote) pair, so two sentences
 * citing different sentences of the same passage get two citations.
 */
@ApplicationScoped
public class CitationPostProcessor {

    private final ModelOutputParser parser = new ModelOutputParser();
    private final QuoteLocator quotes;
    private final SupportCheck support;

    public CitationPostProcessor(QuoteLocator quotes, SupportCheck support) {
        this.quotes = quotes;
        this.support = support;
    }

    public record Result(String answer, List<Citation> citations, List<AnswerSentence> sentences,
                         List<Integer> unsupported, List<Integer> dropped) {}

    private record QuoteKey(int passage, int start, int end) {}

    /** @throws ModelFailure with {@code no-valid-citations} when no sentence keeps a citation */
    public Result process(IndexedCorpus corpus, List<Passage> passages, String output) {
        Map<Integer, Passage> byNumber = new LinkedHashMap<>();
        passages.forEach(p -> byNumber.put(p.n(), p));
        Map<QuoteKey, Citation> citations = new LinkedHashMap<>();
        Set<Integer> dropped = new LinkedHashSet<>();
        List<AnswerSentence> sentences = new ArrayList<>();
        List<Integer> unsupported = new ArrayList<>();
        for (DraftSentence draft : parser.parse(output)) {
            List<Integer> numbers = new ArrayList<>();
            StringBuilder evidence = new StringBuilder();
            for (int cited : draft.cited()) {
                Passage passage = byNumber.get(cited);
                if (passage == null) {
                    dropped.add(cited);
                    continue;
                }
                Span span = quotes.locate(corpus, passage, draft.text());
                Citation citation = citations.computeIfAbsent(new QuoteKey(cited, span.start(), span.end()),
                        key -> citation(corpus, citations.size() + 1, passage, span));
                if (!numbers.contains(citation.n())) {
                    numbers.add(citation.n());
                    evidence.append(citation.quote()).append(' ');
                }
            }
            boolean supported = !numbers.isEmpty()
                    && support.check(corpus, draft.text(), evidence.toString()).supported();
            if (!supported) {
                unsupported.add(sentences.size());
            }
            sentences.add(new AnswerSentence(draft.text(), List.copyOf(numbers), supported));
        }
        if (citations.isEmpty()) {
            throw new ModelFailure(FallbackReason.NO_VALID_CITATIONS, "the model's answer cites no given passage");
        }
        return new Result(render(sentences), List.copyOf(citations.values()), List.copyOf(sentences),
                List.copyOf(unsupported), List.copyOf(dropped));
    }

    /** Sentences joined, each with its markers before its closing punctuation: "... refused it [1]." */
    static String render(List<AnswerSentence> sentences) {
        StringBuilder out = new StringBuilder();
        for (AnswerSentence s : sentences) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            StringBuilder markers = new StringBuilder();
            s.citations().forEach(n -> markers.append('[').append(n).append(']'));
            String text = s.text();
            int end = text.length();
            while (end > 0 && ".!?\"'”’)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            out.append(text, 0, end);
            if (!markers.isEmpty()) {
                out.append(' ').append(markers);
            }
            out.append(text, end, text.length());
        }
        return out.toString();
    }

    static Citation citation(IndexedCorpus corpus, int n, Passage passage, Span span) {
        Document doc = corpus.documents().get(passage.documentId());
        return new Citation(n, doc.id(), doc.title(), passage.chunkId(), passage.text(), span.of(doc.text()),
                span.start(), span.end(), doc.pageAt(span.start()));
    }
}
