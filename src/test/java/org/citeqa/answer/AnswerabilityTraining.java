package org.citeqa.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Learns the answerability model's weights from the SQuAD 2.0 training articles and calibrates its score on the
 * even halves of both dev sets, then writes {@code src/main/resources/answer/answerability.properties}. A tool,
 * not a test: it runs only with {@code -Dciteqa.train=true} (see the README for the command).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "citeqa.train", matches = "true")
class AnswerabilityTraining {

    private static final Path WORK = Path.of("target/answerability");

    @Inject
    CorpusIndex index;
    @Inject
    ExtractiveAnswerer answerer;

    @Test
    void train() throws IOException {
        List<QuestionSets.Labelled> train = QuestionSets.squadCorpus(
                Path.of(System.getProperty("citeqa.train.squad", "../shared/train/squad-v2.0-train-10-articles.json")),
                WORK.resolve("train-corpus"));
        IndexedCorpus trainCorpus = index.openFolder(WORK.resolve("train-corpus"), WORK.resolve("train-index"));
        IndexedCorpus defaultCorpus = index.openFolder(Path.of("corpus"), WORK.resolve("default-index"));
        IndexedCorpus squadCorpus = index.openFolder(Path.of("src/test/resources/eval/squad/corpus"),
                WORK.resolve("squad-index"));
        dump("train", trainCorpus, train);
        dump("default", defaultCorpus, QuestionSets.dev("/eval/dev.jsonl"));
        dump("squad", squadCorpus, QuestionSets.dev("/eval/squad/squad.jsonl"));
    }

    /** Writes every candidate of every question with its signals and labels, one JSON line each. */
    private void dump(String name, IndexedCorpus corpus, List<QuestionSets.Labelled> questions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(WORK);
        try (BufferedWriter out = Files.newBufferedWriter(WORK.resolve(name + ".jsonl"))) {
            int n = 0;
            for (QuestionSets.Labelled q : questions) {
                ExtractiveAnswerer.Ranking ranking = answerer.rank(corpus, q.question());
                for (ExtractiveAnswerer.Scored s : ranking.scored()) {
                    Candidate c = s.candidate();
                    List<Sentence> all = corpus.sentences().of(c.sentence().documentId());
                    int i = c.sentence().index();
                    String text = c.document().text();
                    String previous = i > 0 ? all.get(i - 1).span().of(text) : "";
                    String next = i + 1 < all.size() ? all.get(i + 1).span().of(text) : "";
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("set", name);
                    row.put("n", n);
                    row.put("qid", q.id());
                    row.put("question", q.question());
                    row.put("answers", q.answers());
                    row.put("text", c.text());
                    row.put("answerable", q.answerable());
                    row.put("label", q.answerable() && q.answeredBy(c.text()));
                    row.put("labelPrev", q.answerable() && q.answeredBy(previous + " " + c.text()));
                    row.put("labelNext", q.answerable() && q.answeredBy(c.text() + " " + next));
                    row.put("doc", c.document().id());
                    row.put("sentence", i);
                    row.put("signals", s.signals());
                    out.write(json.writeValueAsString(row));
                    out.newLine();
                }
                n++;
            }
        }
    }
}
