package org.citeqa.index;

import java.util.List;
import org.citeqa.chunk.Span;

/** One sentence of a document, with its analysed terms computed once at index time. */
public record Sentence(String documentId, int index, Span span, List<String> terms) {}
