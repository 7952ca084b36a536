package org.citeqa.corpus;

/** A cleaned document with its origin. */
public record SourceDocument(Document document, DocumentOrigin origin) {
}
