package org.citeqa.index;

import java.util.List;
import java.util.Map;
import org.citeqa.chunk.Span;

/**
 * One document's sentences as analysed once: their spans in the canonical text, their analysed terms, and the
 * acronyms the document defines. Everything here depends on this document alone, so an ingest computes it for the
 * new document only; what depends on the whole corpus (acronym expansions, sentence frequencies) is composed from
 * these in {@link SentenceTable}.
 */
record DocumentSentences(String documentId, List<Span> spans, List<List<String>> terms,
                         Map<String, List<String>> acronymDefinitions) {

    DocumentSentences {
        spans = List.copyOf(spans);
        terms = List.copyOf(terms);
        acronymDefinitions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(acronymDefinitions));
    }

    int size() {
        return spans.size();
    }
}
