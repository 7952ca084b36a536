package org.citeqa.index.solr;

import org.apache.solr.client.solrj.util.ClientUtils;
import org.citeqa.index.Bm25Query;

/**
 * Queries in Solr's syntax. Terms are the service's analysed terms, escaped, so no user text is ever parsed as
 * query syntax; the field's query analyser only splits on spaces, so each term is searched as it is indexed.
 */
final class SolrQueries {

    static final String TERMS_FIELD = "terms";
    static final String VECTOR_FIELD = "vector";

    private SolrQueries() {
    }

    /** {@code terms:a terms:b terms:"a b"~2^0.5}: the same clauses, boosts and slop as the embedded index's query. */
    static String bm25(Bm25Query query) {
        StringBuilder q = new StringBuilder();
        for (String term : query.terms()) {
            q.append(TERMS_FIELD).append(':').append(ClientUtils.escapeQueryChars(term)).append(' ');
        }
        for (Bm25Query.Pair pair : query.pairs()) {
            q.append(TERMS_FIELD).append(":\"").append(ClientUtils.escapeQueryChars(pair.first())).append(' ')
                    .append(ClientUtils.escapeQueryChars(pair.second())).append("\"~").append(query.phraseSlop())
                    .append('^').append(query.phraseBoost()).append(' ');
        }
        return q.toString().strip();
    }

    /** {@code {!knn f=vector topK=k}[...]}; floats print exactly (shortest text that reads back the same). */
    static String knn(float[] vector, int k) {
        StringBuilder q = new StringBuilder(vector.length * 12 + 40);
        q.append("{!knn f=").append(VECTOR_FIELD).append(" topK=").append(k).append("}[");
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                q.append(',');
            }
            q.append(vector[i]);
        }
        return q.append(']').toString();
    }
}
