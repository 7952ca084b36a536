package org.citeqa.api;

/** The body of POST /api/verify. */
public record VerifyRequest(String claim) {}
