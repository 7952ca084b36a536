package org.citeqa.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.citeqa.chunk.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, not asserts: what tagging and chunking a sentence costs with the chunker's beam at OpenNLP's default
 * (10) and at the service's ({@link Tagger#CHUNK_BEAM}), and how many chunk tags the two disagree on, over every
 * sentence of the text files in a folder (median of five rounds after two warm-up rounds; no cache).
 * {@code ./mvnw test -Dtest=TaggerBench -Dciteqa.bench=true [-Dciteqa.bench.corpus=DIR]} (default: corpus/).
 */
@EnabledIfSystemProperty(named = "citeqa.bench", matches = "true")
class TaggerBench {

    @Test
    void chunkerBeams() throws IOException {
        List<String> sentences = sentences(Path.of(System.getProperty("citeqa.bench.corpus", "corpus")));
        Tagger reference = new Tagger(10);
        Tagger service = new Tagger(Tagger.CHUNK_BEAM);
        int tokens = 0;
        int differing = 0;
        for (String s : sentences) {
            List<TaggedToken> a = reference.tag(s, Tagger.tokenize(s)).tokens();
            List<TaggedToken> b = service.tag(s, Tagger.tokenize(s)).tokens();
            tokens += a.size();
            for (int i = 0; i < a.size(); i++) {
                differing += a.get(i).chunk().equals(b.get(i).chunk()) ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "TAGGER %d sentences, %d tokens: beam 10 %.0f us per sentence, beam %d %.0f us;"
                        + " chunk tags differing %d (%.2f %%)%n", sentences.size(), tokens,
                microsPerSentence(reference, sentences), Tagger.CHUNK_BEAM, microsPerSentence(service, sentences),
                differing, 100.0 * differing / tokens);
    }

    private static double microsPerSentence(Tagger tagger, List<String> sentences) {
        double[] rounds = new double[7];
        for (int r = 0; r < rounds.length; r++) {
            long started = System.nanoTime();
            for (String s : sentences) {
                tagger.tag(s, Tagger.tokenize(s));
            }
            rounds[r] = (System.nanoTime() - started) / 1_000.0 / sentences.size();
        }
        double[] measured = Arrays.copyOfRange(rounds, 2, rounds.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static List<String> sentences(Path folder) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                splitter.split(text).forEach(span -> out.add(span.of(text)));
            }
        }
        return out;
    }
}
