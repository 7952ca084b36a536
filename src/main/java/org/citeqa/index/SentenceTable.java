package org.citeqa.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;
import org.citeqa.language.Coreference;

/**
 * Every sentence of the corpus, split and analysed once so that answering only looks them up. Immutable: adding or
 * removing a document gives a new table that shares the other documents' sentences, and only when the corpus's
 * acronyms change (a new document defines one) are the other documents' match terms recomputed, from their stored
 * analysis, without splitting or analysing again.
 */
public final class SentenceTable {

    private final Map<String, DocumentSentences> analysed;
    private final Acronyms acronyms;
    private final Map<String, List<Sentence>> byDocument;
    private final Map<String, Integer> sentenceFrequency;
    private final int sentenceCount;

    private SentenceTable(Map<String, DocumentSentences> analysed, Acronyms acronyms,
                          Map<String, List<Sentence>> byDocument, Map<String, Integer> sentenceFrequency) {
        this.analysed = analysed;
        this.acronyms = acronyms;
        this.byDocument = byDocument;
        this.sentenceFrequency = sentenceFrequency;
        this.sentenceCount = byDocument.values().stream().mapToInt(List::size).sum();
    }

    /** The table of a whole corpus, analysing every document. */
    static SentenceTable build(List<Document> documents, SentenceSplitter splitter, EnglishAnalysis analysis) {
        DocumentAnalyzer analyzer = new DocumentAnalyzer(null, splitter, analysis, null);
        return of(documents.stream().map(analyzer::sentences).toList());
    }

    /** The table of documents already analysed. */
    static SentenceTable of(Collection<DocumentSentences> documents) {
        Map<String, DocumentSentences> analysed = new TreeMap<>();
        documents.forEach(d -> analysed.put(d.documentId(), d));
        return compose(Collections.unmodifiableMap(analysed));
    }

    static SentenceTable empty() {
        return of(List.of());
    }

    /** This table with {@code document} added, or replacing the document of the same id. */
    SentenceTable with(DocumentSentences document) {
        Map<String, DocumentSentences> next = new TreeMap<>(analysed);
        next.put(document.documentId(), document);
        Acronyms merged = mergedAcronyms(next.values());
        if (!merged.sameAs(acronyms)) {
            return compose(Collections.unmodifiableMap(next));
        }
        Map<String, List<Sentence>> sentences = new HashMap<>(byDocument);
        Map<String, Integer> frequency = new HashMap<>(sentenceFrequency);
        List<Sentence> old = byDocument.get(document.documentId());
        if (old != null) {
            count(old, frequency, -1);
        }
        List<Sentence> added = sentencesOf(document, merged);
        count(added, frequency, 1);
        sentences.put(document.documentId(), added);
        return new SentenceTable(Collections.unmodifiableMap(next), merged, Collections.unmodifiableMap(sentences),
                Collections.unmodifiableMap(frequency));
    }

    /** This table without the document {@code documentId} (the same table when it has none). */
    SentenceTable without(String documentId) {
        if (!analysed.containsKey(documentId)) {
            return this;
        }
        Map<String, DocumentSentences> next = new TreeMap<>(analysed);
        next.remove(documentId);
        Acronyms merged = mergedAcronyms(next.values());
        if (!merged.sameAs(acronyms)) {
            return compose(Collections.unmodifiableMap(next));
        }
        Map<String, List<Sentence>> sentences = new HashMap<>(byDocument);
        Map<String, Integer> frequency = new HashMap<>(sentenceFrequency);
        count(sentences.remove(documentId), frequency, -1);
        return new SentenceTable(Collections.unmodifiableMap(next), merged, Collections.unmodifiableMap(sentences),
                Collections.unmodifiableMap(frequency));
    }

    private static SentenceTable compose(Map<String, DocumentSentences> analysed) {
        Acronyms acronyms = mergedAcronyms(analysed.values());
        Map<String, List<Sentence>> byDocument = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (DocumentSentences document : analysed.values()) {
            List<Sentence> sentences = sentencesOf(document, acronyms);
            count(sentences, frequency, 1);
            byDocument.put(document.documentId(), sentences);
        }
        return new SentenceTable(analysed, acronyms, Collections.unmodifiableMap(byDocument),
                Collections.unmodifiableMap(frequency));
    }

    private static Acronyms mergedAcronyms(Collection<DocumentSentences> documents) {
        return Acronyms.merge(documents.stream().map(DocumentSentences::acronymDefinitions).toList());
    }

    private static List<Sentence> sentencesOf(DocumentSentences document, Acronyms acronyms) {
        List<Sentence> sentences = new ArrayList<>(document.size());
        for (int i = 0; i < document.size(); i++) {
            List<String> terms = document.terms().get(i);
            sentences.add(new Sentence(document.documentId(), i, document.spans().get(i), terms,
                    Set.copyOf(acronyms.expand(terms))));
        }
        return Collections.unmodifiableList(sentences);
    }

    private static void count(List<Sentence> sentences, Map<String, Integer> frequency, int sign) {
        for (Sentence s : sentences) {
            for (String term : s.matchTerms()) {
                int n = frequency.getOrDefault(term, 0) + sign;
                if (n > 0) {
                    frequency.put(term, n);
                } else {
                    frequency.remove(term);
                }
            }
        }
    }

    /** All sentences of a document, in order. */
    public List<Sentence> of(String documentId) {
        return byDocument.getOrDefault(documentId, List.of());
    }

    /** A document's lead: the texts of its first {@link Coreference#LEAD_SENTENCES} sentences. */
    public List<String> lead(Document document) {
        return of(document.id()).stream().limit(Coreference.LEAD_SENTENCES).map(s -> s.span().of(document.text()))
                .toList();
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

    /** How many documents have sentences here. */
    public int documentCount() {
        return byDocument.size();
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
