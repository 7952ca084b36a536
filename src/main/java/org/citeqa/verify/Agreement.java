package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one statement against one evidence sentence, without a model: which of the statement's key facts the
 * evidence states or contradicts with another value in the same role ({@link ValueCheck}), whether it says the
 * opposite ({@link PolarityCheck}), and how much of the statement's wording it states and how compactly
 * ({@link ClaimCoverage}). Used by the claim checker and to mark unsupported sentences of model answers.
 */
@ApplicationScoped
public class Agreement {

    private final StatementReader reader;
    private final WordMatch words;

    public Agreement(StatementReader reader) {
        this.reader = reader;
        this.words = new WordMatch(reader.wordNet());
    }

    public StatementReader reader() {
        return reader;
    }

    /**
     * Whether two words say the same: the same stem, or WordNet synonyms or derived forms ("burn", "burned";
     * "appoint", "appointee"). An evidence word states a claim word when they do.
     */
    public boolean sameWord(Token a, Token b) {
        return words.related(a, b);
    }

    /**
     * Whether a word of untagged text (its surface form and analysed term, as {@code EnglishAnalysis} gives them)
     * says the same as an evidence word: the same stem, or WordNet synonyms or derived forms. For a question's words,
     * which are not worth tagging on every request.
     */
    public boolean sameWord(String word, String term, Token evidenceWord) {
        return words.related(word, term, evidenceWord);
    }

    /** One statement against one evidence sentence, every word weighing the same. */
    public AgreementResult check(String statement, String evidence) {
        return check(reader.read(statement), reader.read(evidence), TermWeights.uniform());
    }

    public AgreementResult check(Statement claim, Statement evidence, TermWeights weights) {
        return check(claim, evidence, null, weights);
    }

    /**
     * One statement against one evidence sentence read in its context (what comes before it in its paragraph and the
     * document's title, or null): a name the sentence leaves to its context ("the federation", after "Valdoria") is
     * stated.
     */
    public AgreementResult check(Statement claim, Statement evidence, Statement context, TermWeights weights) {
        return check(claim, evidence, context, weights, false);
    }

    /**
     * A statement made from a question, against one evidence sentence in its context. It is read as the answerability
     * model was trained, without the claim's stricter value rules ({@link EvidenceIndex#strict}): a value the
     * statement gives elsewhere may stand as the rival of another, and a value need not be said with the statement's
     * verb. Retraining without the first rule moved the model's weights by up to 0.17 and cost the second domain right
     * answers; for claims both rules are plainly right ("opened in 1909 and sold in 1988" is not refuted by "opened in
     * 1909"; "closed in 1921" is not stated by "In 1921 the bridge was widened; it was closed in 1988").
     */
    public AgreementResult checkQuestion(Statement question, Statement evidence, Statement context,
                                         TermWeights weights) {
        return check(question, evidence, context, weights, true);
    }

    private AgreementResult check(Statement claim, Statement sentence, Statement context, TermWeights weights,
                                  boolean question) {
        // For a claim, "two years later" after "In 1991 …" gives 1993; a question is read as the model was trained.
        Statement evidence = question ? sentence : RelativeYears.resolve(sentence, context);
        EvidenceIndex ev = new EvidenceIndex(evidence, claim, words, !question);
        EvidenceIndex around = context == null ? null : new EvidenceIndex(context, claim, words);
        List<Fact> matched = new ArrayList<>();
        List<Fact> missing = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        Set<Integer> contradictedTokens = new HashSet<>();
        Set<Integer> coveredTokens = new HashSet<>();
        List<Fact> fromContext = new ArrayList<>();
        boolean claimNegative = claim.tokens().stream().anyMatch(Token::negated);
        for (Fact fact : claim.facts()) {
            Contradiction c = ValueCheck.compare(fact, claim, ev, claimNegative);
            if (c == null && ValueCheck.found(fact, ev) >= 0 && !mentionOfAnother(fact, ev, around)) {
                matched.add(fact);
                coveredTokens.addAll(fact.tokens());
            } else if (c != null) {
                contradictions.add(c);
                (c.kind() == Contradiction.Kind.VALUE ? contradictedTokens : coveredTokens).addAll(fact.tokens());
            } else if (around != null && fact.kind().isName() && around.findName(fact) >= 0
                    && !mentionOfAnother(fact, around, around)) {
                fromContext.add(fact);
                matched.add(fact);
                coveredTokens.addAll(fact.tokens());
            } else {
                missing.add(fact);
            }
        }
        Set<Integer> factTokens = new HashSet<>();
        claim.facts().forEach(f -> factTokens.addAll(f.tokens()));
        // A name listed as an exception already settles polarity: "recognised by all except Malta".
        boolean excepted = claim.facts().stream().filter(f -> f.kind().isName())
                .mapToInt(f -> ValueCheck.found(f, ev)).anyMatch(at -> at >= 0 && evidence.tokens().get(at).excepted());
        if (!excepted) {
            Contradiction opposite = PolarityCheck.polarity(claim, ev, factTokens, coveredTokens);
            if (opposite != null) {
                contradictions.add(opposite);
            }
        }
        Contradiction universal = PolarityCheck.universal(claim, ev);
        if (universal != null) {
            contradictions.add(universal);
        }
        double coverage = ClaimCoverage.coverage(claim, ev, weights, coveredTokens, Set.of());
        double rest = ClaimCoverage.coverage(claim, ev, weights, coveredTokens, contradictedTokens);
        boolean predicate = ClaimCoverage.predicateCovered(claim, ev, coveredTokens, matched);
        boolean complement = ClaimCoverage.complementCovered(claim, ev, coveredTokens);
        ClaimCoverage.Span span = ClaimCoverage.matchedSpan(claim, ev);
        List<String> matchedWords = new ArrayList<>();
        List<String> missingWords = new ArrayList<>();
        ClaimCoverage.words(claim, ev, coveredTokens, matchedWords, missingWords);
        boolean beyondNames = ClaimCoverage.statesMoreThanNames(claim, ev, coveredTokens, factTokens);
        boolean subjectStated = subjectStated(ev, around, coveredTokens);
        return new AgreementResult(coverage, rest, predicate, complement, beyondNames, List.copyOf(matched),
                List.copyOf(missing), List.copyOf(contradictions), matchedWords, missingWords, evidence, span.length(),
                span.terms(), List.copyOf(fromContext), subjectStated, !claimNegative && ev.deniesUnstated(),
                ev.verbOnlyOfAnother(), !question && objectUnstated(claim, ev, around),
                !question && ClaimCoverage.objectHeadUnstated(claim, ev),
                !question && ClaimCoverage.statesOnlySubordinateVerb(claim, ev, inSentence(coveredTokens, fromContext)),
                !question && ClaimCoverage.superlativeBoundUnstated(claim, ev),
                !question && ClaimCoverage.orderedEventUnstated(claim, ev, coveredTokens));
    }

    /**
     * The covered tokens less the names only the sentence's context states: what the sentence itself says ("Led by the
     * archivist Priya Hallam, the project…" says nothing of the trust its paragraph names).
     */
    private static Set<Integer> inSentence(Set<Integer> covered, List<Fact> fromContext) {
        Set<Integer> out = new HashSet<>(covered);
        fromContext.forEach(f -> out.removeAll(f.tokens()));
        return out;
    }

    /**
     * Whether the claim's verb has an object ("shipowners" of "The guild admits shipowners") and the evidence, with its
     * context, states none of its nouns: then it denies the verb of something else.
     */
    private static boolean objectUnstated(Statement claim, EvidenceIndex ev, EvidenceIndex around) {
        List<Token> predicates = ClaimCoverage.predicates(claim);
        if (predicates.isEmpty()) {
            return false;
        }
        boolean object = false;
        for (Token t : claim.tokens().subList(predicates.get(0).index() + 1, claim.tokens().size())) {
            if (t.content() && t.tag().startsWith("NN")) {
                if (ev.find(t) >= 0 || around != null && around.find(t) >= 0) {
                    return false;
                }
                object = true;
            }
        }
        return object;
    }

    /**
     * Whether the evidence states the claim's name only by its kind ("the bridge") while its context names another of
     * that kind and not the claim's ("The Kessin Bridge" as the title, for a claim about the Vellmar Bridge).
     */
    private static boolean mentionOfAnother(Fact name, EvidenceIndex ev, EvidenceIndex around) {
        if (!name.kind().isName() || around == null || name.words().size() < 2) {
            return false;
        }
        int at = ev.findName(name);
        return at >= 0 && !ev.statement.tokens().get(at).capitalised() && around.namesAnotherOfItsKind(name);
    }

    /**
     * Whether the evidence, or its context, states a content word of what the claim speaks of: the words before its
     * first verb ("The observatory" of "The observatory employs 35 people"). A claim without such words (a pronoun)
     * has its subject stated as far as this check can tell.
     */
    private static boolean subjectStated(EvidenceIndex ev, EvidenceIndex around,
                                         Set<Integer> coveredTokens) {
        List<Token> subject = ev.claimSubject();
        return subject.isEmpty() || subject.stream().anyMatch(t -> coveredTokens.contains(t.index()) || ev.find(t) >= 0
                || around != null && around.find(t) >= 0);
    }
}
