package org.citeqa.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The dev figures of one store, written by the evaluation that measured them, so that the evaluation over another
 * store in the same test run can compare with them (target/eval-figures-STORE.properties).
 */
final class EvalFigures {

    private EvalFigures() {
    }

    static Map<String, Double> of(QuestionEvaluation.Scores s, QuestionEvaluation.Retrieval... modes) {
        Map<String, Double> figures = new TreeMap<>();
        figures.put("default.recall@1", s.recallAt1());
        figures.put("default.recall@5", s.recallAt5());
        figures.put("default.mrr@10", s.mrrAt10());
        figures.put("answers.right", s.right());
        figures.put("answers.answered", s.answered());
        figures.put("answers.precision", s.precision());
        figures.put("answers.citations", s.citations());
        figures.put("answers.abstention", s.abstention());
        for (QuestionEvaluation.Retrieval mode : modes) {
            figures.put(mode.mode() + ".recall@1", mode.recallAt1());
            figures.put(mode.mode() + ".recall@5", mode.recallAt5());
            figures.put(mode.mode() + ".mrr@10", mode.mrrAt10());
        }
        return figures;
    }

    static void write(String store, Map<String, Double> figures) {
        Properties properties = new Properties();
        figures.forEach((k, v) -> properties.setProperty(k, Double.toString(v)));
        try (Writer out = Files.newBufferedWriter(file(store))) {
            properties.store(out, "dev figures of the " + store + " store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures written in this test run (this JVM), if the other store's evaluation ran before. */
    static Optional<Map<String, Double>> writtenInThisRun(String store) {
        Path file = file(store);
        try {
            if (!Files.exists(file)
                    || Files.getLastModifiedTime(file).toMillis() < ManagementFactory.getRuntimeMXBean().getStartTime()) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            Map<String, Double> figures = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> figures.put(k, Double.parseDouble(properties.getProperty(k))));
            return Optional.of(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(String store) {
        return Path.of("target", "eval-figures-" + store + ".properties");
    }
}
