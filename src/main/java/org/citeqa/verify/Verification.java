package org.citeqa.verify;

import java.util.List;
import org.citeqa.answer.Citation;

/** The verdict on one claim: the body of POST /api/verify. Evidence citations are numbered from 1. */
public record Verification(String claim, Verdict verdict, double confidence, List<Citation> evidence,
                           String explanation) {}
