package org.citeqa.verify;

/**
 * Something the evidence states that the statement cannot also be true with: a different value of the same kind
 * ({@code claimed} versus {@code stated}), the opposite polarity, or an exception to what the statement asserts.
 * {@code evidenceToken} points at the evidence's word that contradicts; {@code distance} is how many words lie
 * between a rival value and the nearest word the evidence shares with the statement (0 when stated outright).
 */
public record Contradiction(Kind kind, FactKind factKind, String claimed, String stated, int evidenceToken,
                            int distance) {

    Contradiction(Kind kind, FactKind factKind, String claimed, String stated, int evidenceToken) {
        this(kind, factKind, claimed, stated, evidenceToken, 0);
    }

    public enum Kind {
        /** Another value of the same kind: a year, date, number, ordinal, place, organisation or person. */
        VALUE,
        /** "did not sign" against "signed", "rejected" against "accepted". */
        POLARITY,
        /** The statement's name is listed as an exception: "except for Valdoria, Ostmark, Norland, and Sorvia". */
        EXCEPTION,
        /** The statement says all or every; the evidence names exceptions. */
        UNIVERSAL,
        /** The statement says all or every; the evidence gives a part of the same thing ("two thirds of the costs"). */
        PART
    }

    /** Polarity and exceptions are stated outright; a rival value might still belong to another event. */
    boolean explicit() {
        return kind != Kind.VALUE;
    }
}
