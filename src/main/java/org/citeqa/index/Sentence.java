package org.citeqa.index;

import java.util.List;
import java.util.Set;
import org.citeqa.chunk.Span;

/**
 * One sentence of a document, with its analysed terms computed once at index time. {@code matchTerms} adds the
 * expansions of acronyms the documents define, for matching questions against it.
 */
public record Sentence(String documentId, int index, Span span, List<String> terms, Set<String> matchTerms) {}
