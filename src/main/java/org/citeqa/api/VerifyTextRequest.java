package org.citeqa.api;

/** The body of POST /api/verify/text. */
public record VerifyTextRequest(String text) {}
