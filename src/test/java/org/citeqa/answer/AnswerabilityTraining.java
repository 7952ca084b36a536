package org.citeqa.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
    /** Half a question in a hundred: differences in worth smaller than this are ties. Chosen once, not tuned. */
    private static final double TIE = 0.005;

    @Inject
    org.citeqa.index.IndexConfig indexConfig;
    @Inject
    org.citeqa.index.Embeddings embeddings;
    @Inject
    ExtractiveAnswerer answerer;
    @Inject
    org.citeqa.index.EnglishAnalysis analysis;
    @Inject
    org.citeqa.language.Coreference coreference;
    @Inject
    NameRoles roles;
    @Inject
    org.citeqa.verify.Agreement agreement;

    @Test
    void train() throws IOException {
        List<QuestionSets.Labelled> train = QuestionSets.squadCorpus(
                QuestionSets.trainingFile(),
                WORK.resolve("train-corpus"));
        IndexedCorpus trainCorpus = open(WORK.resolve("train-corpus"), "train");
        List<QuestionSets.Labelled> withheld = QuestionSets.squadCorpus(
                QuestionSets.trainingFile(),
                WORK.resolve("withheld-corpus"), true);
        IndexedCorpus withheldCorpus = open(WORK.resolve("withheld-corpus"), "withheld");
        IndexedCorpus defaultCorpus = open(Path.of("corpus"), "default");
        IndexedCorpus squadCorpus = open(Path.of("src/test/resources/eval/squad/corpus"), "squad");
        List<QuestionSets.Labelled> defaultDev = QuestionSets.dev("/eval/dev.jsonl");
        List<QuestionSets.Labelled> squadDev = QuestionSets.dev("/eval/squad/squad.jsonl");
        if (Boolean.getBoolean("citeqa.train.dump")) {
            dump("train", trainCorpus, train);
            dump("withheld", withheldCorpus, withheld);
            dump("default", defaultCorpus, defaultDev);
            dump("squad", squadCorpus, squadDev);
            return;
        }
        AnswerabilityTrainer trainer = new AnswerabilityTrainer(answerer);
        List<AnswerabilityTrainer.Read> training = trainer.read(trainCorpus, train);
        List<AnswerabilityTrainer.Read> absent = trainer.read(withheldCorpus, withheld);
        List<AnswerabilityTrainer.Read> defaultReads = trainer.read(defaultCorpus, defaultDev);
        List<AnswerabilityTrainer.Read> squadReads = trainer.read(squadCorpus, squadDev);
        // The even halves calibrate and choose the threshold; the odd halves are the check. With
        // -Dciteqa.train.calibrate-on=odd the halves swap roles, to see whether a change holds the other way round
        // too (the model file it writes is then not the shipped one: retrain without it before committing).
        boolean onEven = !"odd".equals(System.getProperty("citeqa.train.calibrate-on", "even"));
        List<List<AnswerabilityTrainer.Read>> calibration = List.of(evenHalf(defaultReads, onEven),
                evenHalf(squadReads, onEven));
        AnswerabilityModel model = trainer.fit(training, absent, calibration);

        StringBuilder report = new StringBuilder("Answerability model: confidence thresholds on both halves\n");
        // Right less wrong answers per question at each threshold, averaged over the two even halves. The rule takes
        // the highest threshold within TIE of the best: where answering more buys nothing measurable, abstaining is
        // preferred, since a wrong citation is worse than none.
        // The outcomes do not depend on the threshold: each half is answered once.
        Map<String, List<AnswerabilityTrainer.Outcome>> halves = new LinkedHashMap<>();
        for (boolean even : new boolean[] {true, false}) {
            String half = even ? "even" : "odd";
            halves.put("default " + half, trainer.outcomes(model, evenHalf(defaultReads, even)));
            halves.put("squad " + half, trainer.outcomes(model, evenHalf(squadReads, even)));
        }
        TreeMap<Double, Double> worths = new TreeMap<>();
        for (int hundredths = 20; hundredths <= 80; hundredths++) {
            double t = hundredths / 100.0;
            String half = onEven ? " even" : " odd";
            worths.put(t, (AnswerabilityTrainer.worth(halves.get("default" + half), t)
                    + AnswerabilityTrainer.worth(halves.get("squad" + half), t)) / 2);
        }
        double bestOverall = Collections.max(worths.values());
        double best = worths.entrySet().stream().filter(e -> e.getValue() >= bestOverall - TIE)
                .mapToDouble(Map.Entry::getKey).max().orElseThrow();
        report.append(String.format(Locale.ROOT,
                "Best citeqa.answer.abstain-below on the even halves (mean of right less wrong answers per question %.3f,"
                        + " highest threshold within %.3f of it): %.2f%n", bestOverall, TIE, best));
        worths.forEach((t, w) -> report.append(String.format(Locale.ROOT, "  worth at %.2f: %.4f%n", t, w)));
        // Every twentieth, and the chosen threshold, so the README's curve can show the chosen row.
        TreeSet<Double> shown = new TreeSet<>(List.of(best));
        for (int twentieths = 4; twentieths <= 16; twentieths++) {
            shown.add(twentieths / 20.0);
        }
        for (double threshold : shown) {
            halves.forEach((label, outcomes) ->
                    report.append(AnswerabilityTrainer.table(label, outcomes, threshold)).append('\n'));
        }
        System.out.println(report);
        Files.writeString(WORK.resolve("thresholds.txt"), report);
        Path resource = Path.of("src/main/resources" + AnswerabilityModel.RESOURCE);
        try (var out = Files.newBufferedWriter(resource)) {
            out.write("# Written by AnswerabilityTraining (see the README); do not edit by hand.\n");
            var properties = model.write();
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                out.write(key + "=" + properties.getProperty(key) + "\n");
            }
        }
    }

    private IndexedCorpus open(Path corpus, String name) {
        return CorpusIndex.openFolder(corpus, WORK.resolve(name), indexConfig, analysis, coreference, embeddings);
    }

    /** The questions at even (or odd) positions of a dev set's question list. */
    private static List<AnswerabilityTrainer.Read> evenHalf(List<AnswerabilityTrainer.Read> reads, boolean even) {
        List<AnswerabilityTrainer.Read> out = new ArrayList<>();
        for (int i = even ? 0 : 1; i < reads.size(); i += 2) {
            out.add(reads.get(i));
        }
        return out;
    }

    /** Writes every candidate of every question with its signals and labels, one JSON line each. */
    private void dump(String name, IndexedCorpus corpus, List<QuestionSets.Labelled> questions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ShortAnswers shortAnswers = new ShortAnswers(analysis, roles, agreement);
        Files.createDirectories(WORK);
        try (BufferedWriter out = Files.newBufferedWriter(WORK.resolve(name + ".jsonl"))) {
            int n = 0;
            for (QuestionSets.Labelled q : questions) {
                ExtractiveAnswerer.Ranking ranking = answerer.rank(corpus, q.question());
                int place = 0;
                for (ExtractiveAnswerer.Scored s : ranking.scored()) {
                    boolean checked = place++ < 5;
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
                    row.put("labelPrevNext", q.answerable() && q.answeredBy(previous + " " + c.text() + " " + next));
                    row.put("nextSamePara", i + 1 < all.size()
                            && !text.substring(c.sentence().span().end(), all.get(i + 1).span().start()).contains("\n\n"));
                    Citation alone = ExtractiveAnswerer.citation(corpus, 1, c.hit(), c.sentence().span().start(),
                            c.sentence().span().end());
                    String fill = shortAnswers.find(ranking.question(), alone).map(ShortAnswer::text).orElse(null);
                    QuestionCheck.Found found = checked ? answerer.check(corpus, q.question(), c, fill)
                            : QuestionCheck.Found.NOTHING;
                    row.put("check", List.of(found.polarity() ? 1 : 0, found.value() ? 1 : 0, found.exception() ? 1 : 0));
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
