package org.citeqa.answer;

/**
 * Words of a quote that decided an answer or a verdict, as offsets into the quote ({@code quote.substring(start,
 * end)}): words the claim or question states too ({@code MATCH}), or the words that contradict it
 * ({@code CONTRADICTION}).
 */
public record QuoteMark(int start, int end, Kind kind) {

    public enum Kind { MATCH, CONTRADICTION }

    public QuoteMark {
        if (start < 0 || end <= start || kind == null) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ") " + kind);
        }
    }
}
