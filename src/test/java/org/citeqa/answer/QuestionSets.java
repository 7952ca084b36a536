package org.citeqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citeqa.eval.DevSet;

/**
 * The labelled questions the answerability model learns and is calibrated from, with the evaluation's rule for a
 * right answer: a gold answer occurs in the answer, both compared lowercase with only letters and digits kept.
 */
final class QuestionSets {

    /** A question and its gold answers; none for a question the documents do not answer. */
    record Labelled(String id, String question, List<String> answers, boolean allNeeded) {

        boolean answerable() {
            return !answers.isEmpty();
        }

        /** Whether the text holds a gold answer (all of them when {@code allNeeded}), by the evaluation's rule. */
        boolean answeredBy(String text) {
            String t = normalise(text);
            return allNeeded ? answers.stream().map(QuestionSets::normalise).allMatch(t::contains)
                    : answers.stream().map(QuestionSets::normalise).anyMatch(a -> !a.isEmpty() && t.contains(a));
        }
    }

    private QuestionSets() {
    }

    /** The SQuAD 2.0 training articles: {@code -Dciteqa.train.squad}, or the shared copy beside the project. */
    static Path trainingFile() {
        return Path.of(System.getProperty("citeqa.train.squad", "../shared/train/squad-v2.0-train-10-articles.json"));
    }

    /** The evaluation's comparison form (lowercase, only [0-9a-zà-ž] kept), as the dev sets use it. */
    static String normalise(String s) {
        return org.citeqa.eval.DevSet.normalise(s);
    }

    /** Questions of a dev set resource, answerable and unanswerable, in file order. */
    static List<Labelled> dev(String resource) {
        List<Labelled> out = new ArrayList<>();
        for (DevSet.Item item : DevSet.load(resource).items()) {
            if ("qa".equals(item.type())) {
                boolean all = item.answersAll() != null && !item.answersAll().isEmpty();
                out.add(new Labelled(item.id(), item.question(), all ? item.answersAll() : item.answers(), all));
            } else if ("unanswerable".equals(item.type())) {
                out.add(new Labelled(item.id(), item.question(), List.of(), false));
            }
        }
        return out;
    }

    /**
     * Writes the articles of a SQuAD 2.0 file as a corpus folder (one document per article, paragraphs separated by
     * blank lines, the title in a sidecar) and returns its questions.
     */
    static List<Labelled> squadCorpus(Path squadJson, Path corpusDir) {
        return squadCorpus(squadJson, corpusDir, false);
    }

    /**
     * As {@link #squadCorpus(Path, Path)}, but with {@code withheld} the corpus keeps only each article's
     * even-numbered paragraphs, and only the questions about the odd-numbered ones are returned: questions whose
     * answer was taken out, with related text left around them, as when a corpus lacks what is asked.
     */
    static List<Labelled> squadCorpus(Path squadJson, Path corpusDir, boolean withheld) {
        List<Labelled> out = new ArrayList<>();
        try {
            Files.createDirectories(corpusDir);
            JsonNode root = new ObjectMapper().readTree(squadJson.toFile());
            for (JsonNode article : root.get("data")) {
                String title = article.get("title").asText().replace('_', ' ');
                String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                List<String> paragraphs = new ArrayList<>();
                int number = 0;
                for (JsonNode paragraph : article.get("paragraphs")) {
                    boolean kept = !withheld || number++ % 2 == 0;
                    if (kept) {
                        paragraphs.add(paragraph.get("context").asText());
                    }
                    if (withheld && kept) {
                        continue;
                    }
                    for (JsonNode qa : paragraph.get("qas")) {
                        List<String> answers = new ArrayList<>();
                        if (!qa.path("is_impossible").asBoolean(false)) {
                            qa.get("answers").forEach(a -> answers.add(a.get("text").asText()));
                        }
                        out.add(new Labelled(qa.get("id").asText(), qa.get("question").asText(), List.copyOf(answers), false));
                    }
                }
                Files.writeString(corpusDir.resolve(id + ".txt"), String.join("\n\n", paragraphs));
                Files.writeString(corpusDir.resolve(id + ".meta.properties"), "title=" + title + "\nsource=SQuAD 2.0\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
