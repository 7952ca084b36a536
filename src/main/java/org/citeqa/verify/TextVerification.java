package org.citeqa.verify;

import java.util.List;
import java.util.Map;

/**
 * The body of POST /api/verify/text: each claim sentence of the submitted text with its span
 * ({@code text.substring(start, end)}) and its own verification, and how many sentences got each verdict.
 */
public record TextVerification(List<ClaimSentence> sentences, Map<Verdict, Integer> counts) {

    public record ClaimSentence(int start, int end, String text, Verification result) {}
}
