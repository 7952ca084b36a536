package org.citeqa.verify;

/** How much an analysed term says about a statement: the corpus's sentence IDF in service, 1 in unit tests. */
@FunctionalInterface
public interface TermWeights {

    double weight(String term);

    static TermWeights uniform() {
        return term -> 1.0;
    }
}
