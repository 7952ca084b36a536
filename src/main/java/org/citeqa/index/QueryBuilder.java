package org.citeqa.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * Builds a BM25 query from any user text. The text is analysed, never parsed, so quotes, colons, AND, brackets,
 * wildcards and emoji are just characters: every string is a valid question. Each distinct term is an optional
 * clause; each pair of adjacent terms adds a sloppy phrase clause so that names ("New Zealand") rank together.
 */
public final class QueryBuilder {

    /** Far below Lucene's clause limit; a question longer than this adds nothing but cost. */
    static final int MAX_TERMS = 64;
    private static final int PHRASE_SLOP = 2;

    private final EnglishAnalysis analysis;
    private final float phraseBoost;

    public QueryBuilder(EnglishAnalysis analysis, float phraseBoost) {
        this.analysis = analysis;
        this.phraseBoost = phraseBoost;
    }

    /** The query as the passage store runs it. */
    public Bm25Query plan(String text) {
        List<String> terms = analysis.terms(text);
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        List<Bm25Query.Pair> pairs = new ArrayList<>();
        if (phraseBoost > 0) {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i + 1 < terms.size(); i++) {
                if (!terms.get(i).equals(terms.get(i + 1)) && seen.add(terms.get(i) + ' ' + terms.get(i + 1))) {
                    pairs.add(new Bm25Query.Pair(terms.get(i), terms.get(i + 1)));
                }
            }
        }
        return new Bm25Query(List.copyOf(new LinkedHashSet<>(terms)), pairs, phraseBoost, PHRASE_SLOP);
    }

    /** The same query over the embedded Lucene index. */
    public Query build(String text) {
        return plan(text).toLucene();
    }
}
