package org.citeqa.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a BM25 query from any user text. The text is analysed, never parsed, so quotes, colons, AND, brackets,
 * wildcards and emoji are just characters: every string is a valid question. Each distinct term is an optional
 * clause; each pair of adjacent terms adds a sloppy phrase clause so that names ("Hong Kong") rank together.
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

    public Query build(String text) {
        List<String> terms = analysis.terms(text);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> distinct = new LinkedHashSet<>(terms);
        for (String term : distinct) {
            query.add(new TermQuery(new Term(IndexSchema.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        if (phraseBoost > 0) {
            Set<String> pairs = new LinkedHashSet<>();
            for (int i = 0; i + 1 < terms.size(); i++) {
                if (!terms.get(i).equals(terms.get(i + 1)) && pairs.add(terms.get(i) + ' ' + terms.get(i + 1))) {
                    PhraseQuery phrase = new PhraseQuery(PHRASE_SLOP, IndexSchema.TEXT, terms.get(i), terms.get(i + 1));
                    query.add(new BoostQuery(phrase, phraseBoost), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }
}
