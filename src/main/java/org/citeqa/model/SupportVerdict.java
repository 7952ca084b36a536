package org.citeqa.model;

/** The outcome of a support check: {@code reason} names the first failed test (lexical, number, date, polarity). */
public record SupportVerdict(boolean supported, double coverage, String reason) {

    static SupportVerdict yes(double coverage) {
        return new SupportVerdict(true, coverage, null);
    }

    static SupportVerdict no(double coverage, String reason) {
        return new SupportVerdict(false, coverage, reason);
    }
}
