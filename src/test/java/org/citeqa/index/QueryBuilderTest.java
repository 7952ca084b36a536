package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {

    private final QueryBuilder builder = new QueryBuilder(new EnglishAnalysis(new org.citeqa.language.WordNet()), 0.5f);

    @ParameterizedTest
    @ValueSource(strings = {"\"Hong Kong", "title:Kosovo AND (Serbia OR", "Kosovo* ~2 ^3 \\", "NOT AND OR",
            "[1 TO 5}", "{!lucene}", "Kosovë — ëñ 日本 Ахтисаари", "who? 🤔🇽🇰", "a/b/c \"\" :", "+-&&||!(){}[]^\"~*?:\\/"})
    void anyTextBuildsAQueryWithoutParsing(String text) {
        Query query = builder.build(text);
        assertTrue(query instanceof BooleanQuery || query instanceof MatchNoDocsQuery, query.toString());
    }

    @Test
    void textWithoutSearchableWordsMatchesNothing() {
        assertInstanceOf(MatchNoDocsQuery.class, builder.build("?! -- ..."));
        assertInstanceOf(MatchNoDocsQuery.class, builder.build("the and of"));
    }

    @Test
    void termsAreAnalysedAndPhrasesJoinAdjacentWords() {
        String query = builder.build("Serbia's \"Hong Kong\" model").toString();
        assertTrue(query.contains("text:serbia"), query);
        assertTrue(query.contains("text:\"hong kong\"~2"), query);
        assertTrue(query.contains("text:model"), query);
    }

    @Test
    void aVeryLongQuestionIsCappedBelowTheClauseLimit() {
        String text = String.join(" ", java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "w" + i).toList());
        BooleanQuery query = (BooleanQuery) builder.build(text);
        assertTrue(query.clauses().size() <= 2 * QueryBuilder.MAX_TERMS, "clauses: " + query.clauses().size());
        assertTrue(List.of(query.clauses()).size() > 0);
    }
}
