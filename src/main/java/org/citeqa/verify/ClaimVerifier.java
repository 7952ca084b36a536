package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.answer.Citation;
import org.citeqa.index.IndexedCorpus;

/** Checks a claim against the corpus: retrieves candidate sentences, asks the judge, cites what it rests on. */
@ApplicationScoped
public class ClaimVerifier {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private final CandidateRetriever retriever;
    private final ClaimJudge judge;
    private final DecidingWords deciding;
    private final StatementReader reader;

    public ClaimVerifier(CandidateRetriever retriever, ClaimJudge judge, DecidingWords deciding,
                         StatementReader reader) {
        this.retriever = retriever;
        this.judge = judge;
        this.deciding = deciding;
        this.reader = reader;
    }

    /**
     * Checks a claim against the corpus: retrieves candidate sentences, judges agreement and contradiction, and cites
     * the sentences the verdict rests on.
     *
     * @param corpus the open index
     * @param claim  one statement, as the user wrote it
     * @return SUPPORTED, REFUTED or NOT_ENOUGH_INFO with a confidence, the evidence as citations (numbered from 1 in
     *         the order the explanation cites them) and an explanation naming what matched or contradicted; never null
     */
    public Verification verify(IndexedCorpus corpus, String claim) {
        Statement statement = reader.read(claim); // tagged once, for the judge and for the deciding words
        if (!reader.asserts(statement)) {
            return new Verification(claim, Verdict.NOT_ENOUGH_INFO, 1.0, List.of(), Explanations.NOTHING_ASSERTED);
        }
        List<Candidate> candidates = retriever.retrieve(corpus, claim);
        Judgement j = judge.judge(statement, candidates, corpus.sentences()::idf);
        List<Citation> evidence = new ArrayList<>();
        List<Integer> cited = j.evidence();
        for (int n : cited) {
            evidence.add(candidates.get(n - 1).citation(evidence.size() + 1));
        }
        return new Verification(claim, j.verdict(), j.confidence(), deciding.mark(statement, evidence),
                renumber(j.explanation(), cited));
    }

    /** The judge cites candidate numbers; the response numbers its own evidence list from 1. */
    private static String renumber(String explanation, List<Integer> cited) {
        Matcher m = MARKER.matcher(explanation);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = cited.indexOf(Integer.parseInt(m.group(1)));
            m.appendReplacement(out, index >= 0 ? "[" + (index + 1) + "]" : "");
        }
        m.appendTail(out);
        return out.toString();
    }
}
