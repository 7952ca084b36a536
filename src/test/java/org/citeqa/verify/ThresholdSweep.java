package org.citeqa.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Chooses the claim checker's thresholds on the EVEN half of the dev claims (positions 0, 2, 4... among claims in
 * file order) and prints both halves for every setting, so the gap is visible. Deterministic:
 * {@code ./mvnw test -Dtest=ThresholdSweep -Dciteqa.sweep=/path/to/dev.jsonl}.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(ThresholdSweep.Corpus.class)
@EnabledIfSystemProperty(named = "citeqa.sweep", matches = ".+")
class ThresholdSweep {

    /** The corpus named by -Dciteqa.sweep.corpus (default: the default corpus). */
    public static class Corpus extends CorpusFromProperty {
        public Corpus() {
            super("citeqa.sweep.corpus", "target/sweep-index");
        }
    }

    @Inject
    CorpusIndex index;
    @Inject
    CandidateRetriever retriever;
    @Inject
    Agreement agreement;
    @Inject
    VerifyConfig defaults;

    record Claim(String text, Verdict label, List<Candidate> candidates, boolean even) {
    }

    @Test
    void sweep() throws Exception {
        IndexedCorpus corpus = index.await(java.time.Duration.ofSeconds(60));
        ObjectMapper json = new ObjectMapper();
        List<Claim> claims = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(System.getProperty("citeqa.sweep")))) {
            JsonNode row = json.readTree(line);
            if ("claim".equals(row.path("type").asText())) {
                String text = row.get("claim").asText();
                claims.add(new Claim(text, Verdict.valueOf(row.get("label").asText()), retriever.retrieve(corpus, text),
                        claims.size() % 2 == 0));
            }
        }
        double best = -1;
        String bestRow = "";
        for (double supportCoverage : new double[] {0.6, 0.65, 0.7, 0.75, 0.8}) {
            for (double paraphraseCoverage : new double[] {0.6, 0.65, 0.7, 0.75, 0.8, 0.85}) {
                for (double paraphraseSimilarity : new double[] {0.65, 0.7, 0.75, 0.8}) {
                    for (double refuteCoverage : new double[] {0.5, 0.55, 0.6, 0.65, 0.7}) {
                        VerifyConfig c = config(supportCoverage, paraphraseCoverage, paraphraseSimilarity, refuteCoverage);
                        ExtractiveClaimJudge judge = new ExtractiveClaimJudge(agreement, c);
                        int[][] even = new int[3][3];
                        int[][] odd = new int[3][3];
                        for (Claim claim : claims) {
                            Verdict got = judge.judge(claim.text(), claim.candidates(), corpus.sentences()::idf).verdict();
                            (claim.even() ? even : odd)[claim.label().ordinal()][got.ordinal()]++;
                        }
                        // Accuracy, then the worst class, on the even half only.
                        double score = accuracy(even) + 0.01 * worst(even);
                        String row = String.format("support %.2f paraphrase %.2f/%.2f refute %.2f | even %.3f (worst %.2f) | odd %.3f (worst %.2f)",
                                supportCoverage, paraphraseCoverage, paraphraseSimilarity, refuteCoverage,
                                accuracy(even), worst(even), accuracy(odd), worst(odd));
                        if (score > best + 1e-9) {
                            best = score;
                            bestRow = row;
                        }
                        if (supportCoverage == defaults.supportCoverage() && paraphraseCoverage == defaults.paraphraseCoverage()
                                && paraphraseSimilarity == defaults.paraphraseSimilarity()
                                && refuteCoverage == defaults.refuteCoverage()) {
                            System.out.println("DEFAULTS " + row);
                        }
                        System.out.println("SWEEP " + row);
                    }
                }
            }
        }
        System.out.println("BEST (first by even accuracy, then worst class) " + bestRow);
    }

    private static double accuracy(int[][] m) {
        int right = 0;
        int all = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                all += m[i][j];
                right += i == j ? m[i][j] : 0;
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }

    private static double worst(int[][] m) {
        double worst = 1;
        for (int i = 0; i < 3; i++) {
            int all = m[i][0] + m[i][1] + m[i][2];
            if (all > 0) {
                worst = Math.min(worst, (double) m[i][i] / all);
            }
        }
        return worst;
    }

    private VerifyConfig config(double support, double paraphraseCoverage, double paraphraseSimilarity, double refute) {
        return new VerifyConfig() {
            public int candidateChunks() { return defaults.candidateChunks(); }
            public double supportCoverage() { return support; }
            public double anchoredSupportCoverage() { return defaults.anchoredSupportCoverage(); }
            public double refuteCoverage() { return refute; }
            public int maxEvidence() { return defaults.maxEvidence(); }
            public double minSupportSimilarity() { return defaults.minSupportSimilarity(); }
            public double paraphraseCoverage() { return paraphraseCoverage; }
            public double paraphraseSimilarity() { return paraphraseSimilarity; }
            public int paraphraseMinWords() { return defaults.paraphraseMinWords(); }
            public int spanTokensPerWord() { return defaults.spanTokensPerWord(); }
            public int minSpan() { return defaults.minSpan(); }
        };
    }
}
