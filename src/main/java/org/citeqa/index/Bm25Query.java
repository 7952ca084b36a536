package org.citeqa.index;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A BM25 query over analysed terms, whatever store runs it: each distinct term is an optional clause, and each
 * adjacent pair an optional sloppy phrase clause weighted {@code phraseBoost}. Both stores index the same
 * analysed terms, so both score it the same.
 */
public record Bm25Query(List<String> terms, List<Pair> pairs, float phraseBoost, int phraseSlop) {

    /** Two adjacent analysed terms. */
    public record Pair(String first, String second) {}

    public Bm25Query {
        terms = List.copyOf(terms);
        pairs = List.copyOf(pairs);
    }

    public boolean matchesNothing() {
        return terms.isEmpty();
    }

    /** The query over the embedded index's analysed text field. */
    public Query toLucene() {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(IndexSchema.TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        for (Pair pair : pairs) {
            PhraseQuery phrase = new PhraseQuery(phraseSlop, IndexSchema.TEXT, pair.first(), pair.second());
            query.add(new BoostQuery(phrase, phraseBoost), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }
}
