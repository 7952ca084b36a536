package org.citeqa.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;

/** Every sentence of the corpus, split and analysed once so that answering only looks them up. */
public final class SentenceTable {

    private final Map<String, List<Sentence>> byDocument;
    private final Map<String, Integer> sentenceFrequency;
    private final int sentenceCount;

    private SentenceTable(Map<String, List<Sentence>> byDocument, Map<String, Integer> sentenceFrequency) {
        this.byDocument = byDocument;
        this.sentenceFrequency = sentenceFrequency;
        this.sentenceCount = byDocument.values().stream().mapToInt(List::size).sum();
    }

    static SentenceTable build(List<Document> documents, SentenceSplitter splitter, EnglishAnalysis analysis) {
        Map<String, List<Sentence>> byDocument = new java.util.HashMap<>();
        Map<String, Integer> frequency = new java.util.HashMap<>();
        Acronyms acronyms = Acronyms.find(documents, analysis);
        for (Document doc : documents) {
            List<Span> spans = splitter.split(doc.text());
            List<Sentence> sentences = new ArrayList<>(spans.size());
            for (int i = 0; i < spans.size(); i++) {
                Span span = spans.get(i);
                List<String> terms = List.copyOf(analysis.terms(span.of(doc.text())));
                java.util.Set<String> matchTerms = java.util.Set.copyOf(acronyms.expand(terms));
                sentences.add(new Sentence(doc.id(), i, span, terms, matchTerms));
                matchTerms.forEach(t -> frequency.merge(t, 1, Integer::sum));
            }
            byDocument.put(doc.id(), Collections.unmodifiableList(sentences));
        }
        return new SentenceTable(Map.copyOf(byDocument), Map.copyOf(frequency));
    }

    /** All sentences of a document, in order. */
    public List<Sentence> of(String documentId) {
        return byDocument.getOrDefault(documentId, List.of());
    }

    /** The sentences overlapping {@code [start, end)} of a document, in order (a chunk cut inside an overlong
     *  sentence still yields that whole sentence). */
    public List<Sentence> within(String documentId, int start, int end) {
        List<Sentence> all = of(documentId);
        int lo = firstEndingAfter(all, start);
        List<Sentence> out = new ArrayList<>();
        for (int i = lo; i < all.size() && all.get(i).span().start() < end; i++) {
            out.add(all.get(i));
        }
        return out;
    }

    private static int firstEndingAfter(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int size() {
        return sentenceCount;
    }

    /**
     * Inverse sentence frequency of an analysed term (BM25's form): high for rare terms and highest for terms
     * the corpus never uses, which is what lets a question about something absent score low.
     */
    public double idf(String term) {
        int df = sentenceFrequency.getOrDefault(term, 0);
        return Math.log(1 + (sentenceCount - df + 0.5) / (df + 0.5));
    }
}
