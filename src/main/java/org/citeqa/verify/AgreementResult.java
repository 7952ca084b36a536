package org.citeqa.verify;

import java.util.List;

/**
 * How one statement fares against one evidence sentence. {@code coverage} is the weighted share of the
 * statement's words the evidence states; {@code restCoverage} the same share leaving out the contradicted values,
 * which tells whether the evidence speaks of the same event. {@code predicateCovered} says the statement's
 * main verb (if it has one) or a counted quantity is stated; {@code complementCovered} that what a linking verb
 * says the subject is ("was a diplomat") is stated, when the statement has no other verb; {@code beyondNames}
 * that it states a word of the statement besides its names, dates and numbers. {@code span} is the length in tokens
 * of the shortest stretch of evidence stating all {@code spanTerms} claim words it states. {@code fromContext}
 * are the claim's names found only in the sentence's context (its paragraph before it, the title), not in it.
 * {@code deniesUnstated}: the evidence denies a word the claim does not state, of the claim's subject, while the claim
 * denies nothing ("was not damaged" against "was destroyed"). {@code verbOnlyOfAnother}: the evidence states a verb of
 * the claim only in a clause about something else ("…, when the port authority moved its gauges").
 * {@code objectUnstated}: read for a claim, its verb has an object whose nouns neither the evidence nor its context
 * states ("admits shipowners" against "does not admit banks"): a denial of the verb there is of something else.
 * {@code headUnstated}: read for a claim, the head noun of what follows its verb ("council" of "is owned by the town
 * council") is not in the evidence: the sentence says nothing of that, with the verb or without it.
 * {@code subordinateOnly}: read for a claim, the evidence states a verb the claim subordinates and none of its main
 * verbs ("sold" for "emigrated after selling the mill"): it speaks of the claim's circumstance, not of what it
 * asserts. {@code boundUnstated}: read for a claim, the evidence bounds a superlative the claim states in time and
 * the claim does not ("the largest ship built before the war" is not "the largest ship ever built").
 * {@code orderedEventUnstated}: read for a claim, it orders its event against another told in a clause of its own
 * ("before Harlow and Brinn took over the yard") and the evidence states no word of that clause.
 */
public record AgreementResult(double coverage, double restCoverage, boolean predicateCovered,
                              boolean complementCovered, boolean beyondNames,
                              List<Fact> matched, List<Fact> missing, List<Contradiction> contradictions,
                              List<String> matchedWords, List<String> missingWords, Statement evidence,
                              int span, int spanTerms, List<Fact> fromContext, boolean subjectStated,
                              boolean deniesUnstated, boolean verbOnlyOfAnother, boolean objectUnstated,
                              boolean headUnstated, boolean subordinateOnly, boolean boundUnstated,
                              boolean orderedEventUnstated) {

    /** How many of the claim's names only the sentence's context states. */
    public int contextNames() {
        return fromContext.size();
    }

    /** Defaults of {@code citeqa.verify.span-tokens-per-word} and {@code min-span}, for callers without config. */
    static final int TOKENS_PER_WORD = 4;
    static final int MIN_SPAN_ALLOWANCE = 12;

    /** The claim's words the evidence states lie close together, as words of one statement do. */
    public boolean compact() {
        return compact(TOKENS_PER_WORD, MIN_SPAN_ALLOWANCE);
    }

    /** Whether the stated words lie within {@code tokensPerWord} tokens per word, or {@code minSpan} tokens. */
    public boolean compact(int tokensPerWord, int minSpan) {
        return span <= Math.max(minSpan, tokensPerWord * spanTerms);
    }

    /** A contradicted number or ordinal counts the same thing as the claim's ("three gates" against "two gates"). */
    boolean countedRival() {
        return contradictions.stream().anyMatch(c -> c.kind() == Contradiction.Kind.VALUE
                && (c.factKind() == FactKind.NUMBER || c.factKind() == FactKind.ORDINAL))
                && missing.stream().noneMatch(f -> f.kind() == FactKind.NUMBER);
    }

    public boolean contradicted() {
        return !contradictions.isEmpty();
    }

    /** No contradiction and every key fact found. */
    public boolean consistent() {
        return contradictions.isEmpty() && missing.isEmpty();
    }

    boolean quantityMatched() {
        return matched.stream().anyMatch(f -> f.kind() == FactKind.NUMBER && f.unit() != null);
    }
}
