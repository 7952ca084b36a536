package org.citeqa.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints, for each claim of a JSONL file, the best-aligned candidates with their alignment signals: a tool for
 * reading why a verdict came out as it did. {@code ./mvnw test -Dtest=ClaimDiagnostics -Dciteqa.diagnose=FILE}.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(ClaimDiagnostics.Corpus.class)
@EnabledIfSystemProperty(named = "citeqa.diagnose", matches = ".+")
class ClaimDiagnostics {

    /** The corpus named by -Dciteqa.diagnose.corpus (default: the default corpus). */
    public static class Corpus extends CorpusFromProperty {
        public Corpus() {
            super("citeqa.diagnose.corpus", "target/diagnose-index");
        }
    }

    @Inject
    CorpusIndex index;
    @Inject
    CandidateRetriever retriever;
    @Inject
    Agreement agreement;
    @Inject
    ClaimVerifier verifier;

    @Test
    void print() throws Exception {
        IndexedCorpus corpus = index.await(java.time.Duration.ofSeconds(60));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(System.getProperty("citeqa.diagnose")))) {
            JsonNode row = json.readTree(line);
            if (!"claim".equals(row.path("type").asText())) {
                continue;
            }
            String claim = row.get("claim").asText();
            Verification v = verifier.verify(corpus, claim);
            System.out.printf("%n### %s %s -> %s (%.2f): %s%n    %s%n", row.path("id").asText(), row.get("label").asText(),
                    v.verdict(), v.confidence(), claim, v.explanation());
            Statement statement = agreement.reader().read(claim);
            System.out.println("    facts: " + statement.facts().stream().map(f -> f.kind() + ":" + f.text() + "/" + f.unit() + "/" + f.role()).toList());
            List<Candidate> candidates = retriever.retrieve(corpus, claim);
            candidates.stream().map(c -> new Aligned(c, agreement.check(statement,
                            agreement.reader().readEvidence(c.reading()), c.context() == null ? null : agreement.reader().readEvidence(c.context()), corpus.sentences()::idf)))
                    .sorted(Comparator.comparingDouble((Aligned a) -> a.result().coverage() + a.candidate().similarity()).reversed())
                    .limit(3).forEach(a -> {
                        AgreementResult r = a.result();
                        System.out.printf("  cov %.2f rest %.2f sim %.2f pred %s compact %s missing %s contra %s%n      missW %s%n      %s%n",
                                r.coverage(), r.restCoverage(), a.candidate().similarity(), r.predicateCovered(), r.compact(),
                                r.missing().stream().map(Fact::text).toList(),
                                r.contradictions().stream().map(c -> c.kind() + ":" + c.claimed() + "->" + c.stated()).toList(),
                                r.missingWords(), a.candidate().reading().length() > 300 ? a.candidate().reading().substring(0, 300) : a.candidate().reading());
                    });
        }
    }
}
