package org.citeqa.verify;

import java.util.List;

/** A judge's verdict on a claim, the numbers of the candidates it rests on, and why in plain words. */
public record Judgement(Verdict verdict, double confidence, List<Integer> evidence, String explanation) {

    public Judgement {
        evidence = List.copyOf(evidence);
    }
}
