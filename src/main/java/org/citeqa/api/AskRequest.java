package org.citeqa.api;

/** The body of POST /api/ask. */
public record AskRequest(String question) {}
