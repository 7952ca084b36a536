package org.citeqa.verify;

/** What the documents say about a claim. */
public enum Verdict {
    SUPPORTED,
    REFUTED,
    NOT_ENOUGH_INFO
}
