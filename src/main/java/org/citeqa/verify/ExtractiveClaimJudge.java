package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Judges a claim by aligning it to each candidate sentence with {@link Agreement}. SUPPORTED when a sentence
 * states the claim's key facts and main verb and most of its wording without contradicting it; REFUTED when a
 * sentence about the same event (most of the rest of the claim stated) contradicts it; otherwise
 * NOT_ENOUGH_INFO, even when some words match.
 */
@ApplicationScoped
public class ExtractiveClaimJudge implements ClaimJudge {

    private final Agreement agreement;
    private final VerifyConfig config;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExtractiveClaimJudge.class);

    public ExtractiveClaimJudge(Agreement agreement, VerifyConfig config) {
        this.agreement = agreement;
        this.config = config;
    }

    @Override
    public Judgement judge(String claim, List<Candidate> candidates, TermWeights weights) {
        return judge(agreement.reader().read(claim), candidates, weights);
    }

    @Override
    public Judgement judge(Statement statement, List<Candidate> candidates, TermWeights weights) {
        String claim = statement.text();
        List<Aligned> aligned = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Statement context = c.context() == null ? null : agreement.reader().readEvidence(c.context());
            aligned.add(new Aligned(c, agreement.check(statement, agreement.reader().readEvidence(c.reading()), context,
                    weights)));
        }
        // A paraphrase, which lacks the claim's verb, supports nothing when another sentence denies that verb of the
        // claim's subject ("refused to sign"), even if that one leaves a name of the claim unsaid.
        boolean verbDenied = aligned.stream().anyMatch(ExtractiveClaimJudge::deniesVerb);
        // A sentence that opens with a condition ("If the river rises…, the walkway is closed") states nothing
        // unconditionally, so it supports only a claim that states a condition too.
        boolean claimConditional = conditional(statement);
        // A comparison ("cost less than the estimate") is supported only by a sentence that compares too: one that
        // gives both amounts in other terms ("nearly twice the estimate") is no evidence of which way it goes.
        boolean claimCompares = compares(statement);
        // A sentence whose own subject is a thing the claim does not name speaks of that thing, however much of the
        // rest it states: "The army sent 400 soldiers" supports nothing about the navy. Nor does one that says the
        // claim's verb of another name, when only its paragraph names the claim's: "Silas ran the mill until 1852",
        // after a sentence on Gideon, says nothing of Gideon.
        Predicate<Aligned> supporting = a -> supports(a)
                && (claimConditional || !opensWithCondition(a.result().evidence()))
                && (!claimCompares || compares(a.result().evidence()))
                && (a.result().subjectStated() || !speaksOfAnother(statement, a.result().evidence()))
                && !verbSaidOfAnother(statement, a.result())
                && !leavesACapitalisedWordUnsaid(statement, a.result());
        Optional<Aligned> support = aligned.stream().filter(supporting)
                .filter(a -> a.result().predicateCovered() || !verbDenied)
                .max(Comparator.comparingDouble(a -> a.result().coverage()));
        // A sentence whose subject is another name refutes nothing of a claim whose subject only its paragraph names:
        // "Varga died in 1961" gives no date of "Jorund Falk took over the institute in 1952".
        Optional<Aligned> refute = aligned.stream().filter(this::refutes)
                .filter(a -> subjectInSentence(statement, a.result())
                        || !namesAnother(statement, a.result().evidence()))
                .max(Comparator.comparingDouble(Aligned::refuteScore));
        Explanations explain = new Explanations(statement);
        if (LOG.isDebugEnabled()) {
            support.ifPresent(a -> LOG.debugf("SIM %.3f %s || %s", a.candidate().similarity(), claim, a.candidate().quote()));
        }
        if (support.isPresent() && (refute.isEmpty() || outweighs(support.get(), refute.get()))) {
            Aligned best = support.get();
            List<Integer> cited = cite(best, aligned, supporting);
            return new Judgement(Verdict.SUPPORTED, round(0.5 + 0.5 * best.result().coverage()), cited,
                    explain.supported(best));
        }
        if (refute.isPresent()) {
            Aligned best = refute.get();
            return new Judgement(Verdict.REFUTED, round(Math.min(1, 0.4 + 0.5 * best.refuteScore())),
                    List.of(best.candidate().n()), explain.refuted(best));
        }
        Optional<Aligned> closest = aligned.stream().max(Comparator.comparingDouble(a -> a.result().coverage()));
        List<Integer> related = closest.filter(a -> a.result().coverage() > 0).map(a -> List.of(a.candidate().n()))
                .orElse(List.of());
        double confidence = round(1 - 0.6 * closest.map(a -> a.result().coverage()).orElse(0.0));
        return new Judgement(Verdict.NOT_ENOUGH_INFO, confidence, related, explain.notEnough(closest));
    }

    /**
     * Whether a supporting sentence outweighs a refuting one. A refuting sentence that states the claim's event
     * (its main verb) outweighs one that supports it only in other words ("directed the observatory" does not
     * support "founded the observatory" against "was founded by someone else"); otherwise the better aligned wins.
     */
    private static boolean outweighs(Aligned support, Aligned refute) {
        if (!support.result().predicateCovered() && refute.result().predicateCovered()) {
            return false;
        }
        return support.supportScore() >= refute.weighedRefuteScore();
    }

    /**
     * A sentence supports a claim when it contradicts nothing, states every key value, what a linking verb says the
     * subject is and the head of what the claim's verb says of ("draws power from a wind farm" says nothing of "is
     * owned by the council", "founded by the brothers…" nothing of "founded by a father and his son"), more than what
     * the claim subordinates ({@link AgreementResult#subordinateOnly}), and either states most of the claim's
     * wording with its main verb, compactly (or its counted quantity), or states nearly all of it in other words that
     * the embeddings find mean the same (with at least one word of it besides its names and numbers, and more words
     * of it in the sentence itself than a topic's name, and no denial of its subject that the claim does not share:
     * "was not damaged" says no "was destroyed"; nor the claim's own verb said of something else: "when the port
     * authority moved its gauges").
     */
    boolean supports(Aligned a) {
        AgreementResult r = a.result();
        if (!r.consistent() || !r.complementCovered() || r.subordinateOnly() || r.headUnstated()
                || r.boundUnstated() || r.orderedEventUnstated()) {
            // a contradiction, the claim's complement ("was a diplomat") or what its verb says of ("founded by a
            // father and his son" against "by the brothers…") left unsaid, only its aside stated, a superlative the
            // sentence bounds ("the largest before the war") read as unbounded, or the event the claim orders its own
            // against ("before the new owners took over") not told
            return false;
        }
        double similarity = a.candidate().similarity();
        boolean embedded = !Double.isNaN(similarity);
        if (embedded && similarity < config.minSupportSimilarity()) {
            return false; // shares the words, not the meaning
        }
        boolean stated = r.predicateCovered() && r.compact(config.spanTokensPerWord(), config.minSpan())
                && (r.coverage() >= config.supportCoverage()
                || r.quantityMatched() && r.coverage() >= config.anchoredSupportCoverage());
        boolean paraphrased = embedded && similarity >= config.paraphraseSimilarity()
                && r.coverage() >= config.paraphraseCoverage() && r.beyondNames()
                && r.spanTerms() >= config.paraphraseMinWords() && !r.deniesUnstated() && !r.verbOnlyOfAnother();
        return stated || paraphrased;
    }

    /**
     * A sentence refutes a claim when it contradicts it (another value in the same role, the opposite polarity,
     * an exception) while speaking of the same event: the claim's names and subject stated, its verb stated or the
     * contradicted count being of the same thing, and most of the rest of its wording stated.
     */
    boolean refutes(Aligned a) {
        AgreementResult r = a.result();
        // The evidence must speak of the claim's own names: "Valdoria has not recognised" says nothing of Ostmark.
        boolean namesStated = r.missing().stream().noneMatch(f -> f.kind().isName());
        // And of the claim's own subject: "Fishing employs 2,300 people" says nothing of the observatory's staff.
        // And a denial of the claim's verb must be of its object: "does not admit banks" is no "admits shipowners";
        // so must a date of it: "opened the station in 1888" gives no date of "opened the goods yard in 1895".
        boolean ofTheObject = !r.objectUnstated() || r.contradictions().stream()
                .anyMatch(c -> c.kind() != Contradiction.Kind.POLARITY
                        && !(c.kind() == Contradiction.Kind.VALUE && c.factKind().isDate()));
        return r.contradicted() && namesStated && r.subjectStated() && (r.predicateCovered() || r.countedRival())
                && ofTheObject && r.restCoverage() >= config.refuteCoverage();
    }

    /** Words that open a condition. Closed-class grammar. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless");

    /** Whether the claim states a condition anywhere ("The walkway is closed if the river rises"). */
    private static boolean conditional(Statement claim) {
        return claim.tokens().stream().anyMatch(t -> CONDITIONS.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the sentence's subject is a thing the claim does not name: a common noun before its first verb that is
     * none of the claim's words. A pronoun ("She carried ice…") or a name may still be what the claim speaks of.
     */
    private static boolean speaksOfAnother(Statement claim, Statement sentence) {
        return subjectHasOtherWord(claim, sentence, t -> t.tag().equals("NN") || t.tag().equals("NNS"), false);
    }

    /**
     * Whether the claim writes a word capitalised inside the sentence ("on Sundays", "the Assembly") that the evidence
     * does not state: English capitalises names, days and months, and a sentence that leaves one out speaks of another
     * time or thing ("on Fridays and Saturdays"), however much of the rest it states.
     */
    private static boolean leavesACapitalisedWordUnsaid(Statement claim, AgreementResult r) {
        Set<String> unsaid = new HashSet<>(r.missingWords());
        return claim.tokens().stream().anyMatch(t -> t.index() > 0 && t.capitalised() && t.content() && !t.digits()
                && unsaid.contains(t.word()));
    }

    /**
     * Whether the sentence's subject names someone or something the claim does not: a proper noun before its first
     * verb, after the last comma there (past an opening phrase: "In Edelby, she founded…"), that is none of the
     * claim's words ("Varga died…" for a claim about Jorund Falk).
     */
    private static boolean namesAnother(Statement claim, Statement sentence) {
        return subjectHasOtherWord(claim, sentence, t -> t.tag().startsWith("NNP"), true);
    }

    /**
     * Whether, before the sentence's first verb, a content word of the given kind stands that is none of the claim's
     * words; with {@code afterLastComma}, only one after the last comma there counts (what comes before it is an
     * opening phrase or an aside).
     */
    private static boolean subjectHasOtherWord(Statement claim, Statement sentence, Predicate<Token> kind,
                                               boolean afterLastComma) {
        Set<String> claimed = new HashSet<>();
        claim.tokens().forEach(t -> claimed.add(t.term()));
        boolean found = false;
        for (Token t : sentence.tokens()) {
            if (t.verb()) {
                return found;
            }
            if (afterLastComma && t.word().equals(",")) {
                found = false;
            } else if (kind.test(t) && t.content() && !claimed.contains(t.term())) {
                if (!afterLastComma) {
                    return true;
                }
                found = true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence says the claim's verb of another name: its subject names someone the claim does not
     * ({@link #namesAnother}), the claim's subject is not in it, and its first verb, with the auxiliaries and adverbs
     * around it, states a verb of the claim ("Silas ran the mill" for "Gideon … ran the mill").
     */
    private boolean verbSaidOfAnother(Statement claim, AgreementResult r) {
        if (subjectInSentence(claim, r) || !namesAnother(claim, r.evidence())) {
            return false;
        }
        List<Token> verbs = ClaimCoverage.predicates(claim);
        List<Token> tokens = r.evidence().tokens();
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).verb()) {
            i++;
        }
        for (; i < tokens.size() && (tokens.get(i).verb() || tokens.get(i).tag().startsWith("RB")); i++) {
            Token said = tokens.get(i);
            if (said.verb() && verbs.stream().anyMatch(v -> agreement.sameWord(v, said))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence itself, not only its paragraph, states a word of the claim's subject (the claim's words
     * before its first verb), as a word or as a name it matched ("The UK" for "The United Kingdom").
     */
    private static boolean subjectInSentence(Statement claim, AgreementResult r) {
        Set<String> said = new HashSet<>();
        r.evidence().tokens().forEach(t -> said.add(t.term()));
        Set<Integer> named = new HashSet<>();
        r.matched().stream().filter(f -> !r.fromContext().contains(f)).forEach(f -> named.addAll(f.tokens()));
        for (Token t : claim.tokens()) {
            if (t.verb()) {
                return false;
            }
            if (t.content() && (said.contains(t.term()) || named.contains(t.index()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement compares two things: a comparative ("less", "cheaper"; at most one word before "than",
     * "more expensive than") and "than" before something other than a number ("more than 300" is a bound on a
     * number, which the value check reads).
     */
    private static boolean compares(Statement statement) {
        List<Token> tokens = statement.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).word().equalsIgnoreCase("than") || i + 1 < tokens.size() && tokens.get(i + 1).digits()) {
                continue;
            }
            for (int j = Math.max(0, i - 2); j < i; j++) {
                String tag = tokens.get(j).tag();
                if (tag.equals("JJR") || tag.equals("RBR")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence opens with a condition: what follows holds only then. */
    private static boolean opensWithCondition(Statement sentence) {
        return !sentence.tokens().isEmpty()
                && CONDITIONS.contains(sentence.tokens().get(0).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the sentence states the claim's verb of its subject with the opposite polarity ("refused to sign"). */
    private static boolean deniesVerb(Aligned a) {
        AgreementResult r = a.result();
        return r.predicateCovered() && r.subjectStated()
                && r.contradictions().stream().anyMatch(c -> c.kind() == Contradiction.Kind.POLARITY);
    }

    /** The best sentence, and a second one that also qualifies, up to the configured number. */
    private List<Integer> cite(Aligned best, List<Aligned> all, Predicate<Aligned> qualifies) {
        List<Integer> cited = new ArrayList<>(List.of(best.candidate().n()));
        all.stream().filter(a -> a != best && qualifies.test(a))
                .sorted(Comparator.comparingDouble((Aligned a) -> a.result().coverage()).reversed())
                .limit(Math.max(0, config.maxEvidence() - 1))
                .forEach(a -> cited.add(a.candidate().n()));
        return cited;
    }

    private static double round(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 100) / 100.0;
    }
}
