package org.citeqa.corpus;

/** A cleaned document. text is the canonical text every character offset in the system points into. */
public record Document(String id, String title, String source, String text) {}
