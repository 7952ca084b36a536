package org.citeqa.answer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.citeqa.eval.DevSet;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How often the short answer names a gold answer, over the 4,000-odd answerable questions of the SQuAD 2.0 training
 * articles: a larger check of {@link ShortAnswers} than the dev sets' few dozen. A tool, not a test: it runs only with
 * {@code -Dciteqa.shortcheck=true} (see the README), {@code -Dciteqa.shortcheck.misses=N} prints N misses, and
 * {@code -Dciteqa.shortcheck.list=FILE} lists every short answer given on a right quote, to compare two builds.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "citeqa.shortcheck", matches = "true")
class ShortAnswerCheck {

    private static final Path WORK = Path.of("target/shortcheck");

    @Inject
    org.citeqa.index.IndexConfig indexConfig;
    @Inject
    org.citeqa.index.Embeddings embeddings;
    @Inject
    org.citeqa.index.EnglishAnalysis analysis;
    @Inject
    org.citeqa.language.Coreference coreference;
    @Inject
    ExtractiveAnswerer answerer;

    @Test
    void check() throws IOException {
        List<QuestionSets.Labelled> questions = QuestionSets.squadCorpus(
                QuestionSets.trainingFile(),
                WORK.resolve("corpus"));
        IndexedCorpus corpus = CorpusIndex.openFolder(WORK.resolve("corpus"), WORK.resolve("index"), indexConfig,
                analysis, coreference, embeddings);
        int misses = Integer.getInteger("citeqa.shortcheck.misses", 0);
        listing = System.getProperty("citeqa.shortcheck.list");
        if (listing != null) {
            Files.deleteIfExists(Path.of(listing));
        }
        int quotesRight = 0, given = 0, right = 0, givenOnRightQuotes = 0, rightOnRightQuotes = 0;
        for (QuestionSets.Labelled q : questions) {
            ExtractiveAnswerer.Ranking ranking = answerer.rank(corpus, q.question());
            if (!q.answerable() || ranking.scored().isEmpty()) {
                continue;
            }
            ExtractiveAnswerer.Quote quote = answerer.quote(corpus, ranking);
            boolean quoteRight = q.answeredBy(quote.citation().quote());
            quotesRight += quoteRight ? 1 : 0;
            if (quote.shortAnswer() == null) {
                continue;
            }
            boolean names = DevSet.names(quote.shortAnswer().text(), q.answers());
            if (quoteRight) {
                given(q.question() + " -> " + quote.shortAnswer().text() + (names ? " (right)" : " (wrong)"));
            }
            given++;
            right += names ? 1 : 0;
            if (quoteRight) {
                givenOnRightQuotes++;
                rightOnRightQuotes += names ? 1 : 0;
                if (!names && misses-- > 0) {
                    System.out.printf("  %s (%s) -> %s; gold %s%n    %s%n", q.question(), ranking.question().type(),
                            quote.shortAnswer().text(), q.answers(), quote.citation().quote());
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "Short answers on %d answerable training questions (%d quotes right):"
                        + " %d given, %.3f name a gold answer; on right quotes %d given, %.3f name one%n",
                questions.stream().filter(QuestionSets.Labelled::answerable).count(), quotesRight, given,
                (double) right / given, givenOnRightQuotes, (double) rightOnRightQuotes / givenOnRightQuotes);
    }

    /** Where every short answer given on a right quote is listed, one a line, to compare two builds; or null. */
    private String listing;

    private void given(String line) throws IOException {
        if (listing != null) {
            Files.writeString(Path.of(listing), line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
