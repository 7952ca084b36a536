package org.citeqa.verify;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the evidence says the opposite of the claim: a word they share with opposite polarity ("did not violate"
 * against "violated"), a WordNet antonym said of the same thing ("accepted" against "rejected"), or exceptions
 * to what the claim says of all ("except for Valdoria").
 */
final class PolarityCheck {

    /** How many words from an antonym the thing it is said of may stand. */
    private static final int ANTONYM_REACH = 4;
    /** How many tokens before the claim's word for the whole a part's word may stand ("two thirds of the running"). */
    private static final int PART_REACH = 4;

    /** How many words before the word it negates a negation may stand ("none of the four halls were damaged"). */
    private static final int QUOTE_REACH = 10;

    private PolarityCheck() {
    }

    /** The first polarity contradiction, or null; marks the contradicted claim word as covered. */
    static Contradiction polarity(Statement claim, EvidenceIndex ev, Set<Integer> factTokens, Set<Integer> covered) {
        List<Token> words = claim.tokens().stream()
                .filter(t -> t.content() && !t.capitalised() && !t.digits() && !factTokens.contains(t.index())).toList();
        // Antonyms first: "accepted" against "refused" is about the verb itself, the surest sign.
        for (Token t : words) {
            if (ev.find(t) >= 0) {
                continue;
            }
            for (Token e : ev.statement.tokens()) {
                if (e.content() && e.negated() == t.negated() && ev.words().antonyms(t, e)
                        && nearOtherClaimWords(claim, t, ev, e.index())) {
                    covered.add(t.index());
                    return new Contradiction(Contradiction.Kind.POLARITY, null, quote(claim, t), quote(ev.statement, e),
                            e.index());
                }
            }
        }
        // A negation may govern a value: "was not the first curator" denies "first" as much as "curator".
        List<Token> shared = claim.tokens().stream().filter(t -> t.content() && !t.capitalised()
                && (!factTokens.contains(t.index()) || t.negated())).toList();
        for (Token t : shared) {
            int at = ev.find(t);
            if (at < 0) {
                continue;
            }
            Token e = ev.statement.tokens().get(at);
            boolean denied = denied(t, ev);
            if (denied != denied(e, ev) && !sharedCue(denied ? t : e, denied ? ev.statement : claim)) {
                covered.add(t.index());
                return new Contradiction(Contradiction.Kind.POLARITY, null, quote(claim, t), quote(ev.statement, e), at);
            }
        }
        return null;
    }

    /** A claim about all or every member against an evidence naming exceptions, or null. */
    static Contradiction universal(Statement claim, EvidenceIndex ev) {
        if (!claim.universal()) {
            return null;
        }
        for (Token t : ev.statement.tokens()) {
            if (t.excepted()) {
                return new Contradiction(Contradiction.Kind.UNIVERSAL, null, universalWord(claim),
                        exceptionList(ev, t.index()), t.index());
            }
        }
        return partOf(claim, ev);
    }

    /**
     * A part where the claim says all, of the same thing: "two thirds of the running costs" against "all of the
     * running costs". The part's word stands at most {@value #PART_REACH} tokens before the evidence's word for the
     * first content word after the claim's quantifier.
     */
    private static Contradiction partOf(Statement claim, EvidenceIndex ev) {
        List<Token> tokens = claim.tokens();
        Token whole = null;
        for (int i = 0; i < tokens.size() && whole == null; i++) {
            if (Lexicon.UNIVERSAL.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                whole = tokens.subList(i + 1, tokens.size()).stream().filter(Token::content).findFirst().orElse(null);
            }
        }
        if (whole == null) {
            return null;
        }
        List<Token> evidence = ev.statement.tokens();
        Set<String> claimTerms = claim.tokens().stream().filter(Token::content).map(Token::term)
                .collect(Collectors.toSet());
        for (int at : ev.positions(whole)) {
            for (int k = Math.max(0, at - PART_REACH); k < at; k++) {
                String w = evidence.get(k).word().toLowerCase(Locale.ROOT);
                if (Lexicon.PARTIAL.contains(w)) {
                    int first = k > 0 && (evidence.get(k - 1).digits()
                            || Lexicon.NUMBER_WORDS.containsKey(evidence.get(k - 1).word().toLowerCase(Locale.ROOT)))
                            ? k - 1 : k;
                    int last = at;
                    while (last + 1 < evidence.size() && evidence.get(last + 1).content()
                            && claimTerms.contains(evidence.get(last + 1).term())) {
                        last++; // "the running costs": the whole phrase the claim names
                    }
                    String part = ev.statement.text().substring(evidence.get(first).start(), evidence.get(last).end());
                    return new Contradiction(Contradiction.Kind.PART, null, universalWord(claim), part, k);
                }
            }
        }
        return null;
    }

    /**
     * Whether the evidence states another of the claim's words within a few words of {@code at}: an antonym says
     * the opposite only about the same thing ("to accept the reality" says nothing of rejecting independence).
     */
    private static boolean nearOtherClaimWords(Statement claim, Token verb, EvidenceIndex ev, int at) {
        // What is accepted or rejected is a thing, not only who does it: a name near the antonym is not enough
        // when the claim has other words ("the council rejects the plan" against "the council accepted the budget").
        boolean things = claim.tokens().stream().anyMatch(o -> o.index() != verb.index() && o.content() && !o.capitalised());
        for (Token other : claim.tokens()) {
            if (other.index() == verb.index() || !other.content() || things && other.capitalised()) {
                continue;
            }
            for (int position : ev.positions(other)) {
                if (Math.abs(position - at) <= ANTONYM_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a negation denies the word, or, for a claim, a contrast ("rather than concrete"). */
    private static boolean denied(Token t, EvidenceIndex ev) {
        return t.negated() || ev.strict && t.contrasted();
    }

    /** "Rejected the resolution" and "rejected the adoption of the Resolution" share the denying verb itself. */
    private static boolean sharedCue(Token negated, Statement other) {
        return Lexicon.NEGATING_VERBS.contains(negated.negationCue())
                && other.tokens().stream().anyMatch(o -> WordMatch.sameStem(o.term(), negated.negationCue()));
    }

    private static String universalWord(Statement claim) {
        return claim.tokens().stream().map(Token::word).filter(w -> Lexicon.UNIVERSAL.contains(w.toLowerCase(Locale.ROOT)))
                .findFirst().orElse("all");
    }

    /** The exception phrase around an excepted word: from its cue to the end of the list. */
    static String exceptionList(EvidenceIndex ev, int at) {
        List<Token> tokens = ev.statement.tokens();
        int first = at;
        while (first > 0 && first > at - 12) {
            String w = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
            first--;
            if (Lexicon.EXCEPTION_CUES.contains(w)) {
                break;
            }
        }
        int last = at;
        while (last + 1 < tokens.size() && (tokens.get(last + 1).excepted() || tokens.get(last + 1).word().equals(",")
                && last + 2 < tokens.size() && (tokens.get(last + 2).excepted()
                || tokens.get(last + 2).word().equals("and") && last + 3 < tokens.size() && tokens.get(last + 3).excepted())
                || tokens.get(last + 1).word().equals("and") && last + 2 < tokens.size() && tokens.get(last + 2).excepted())) {
            last++;
        }
        return ev.statement.text().substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** The word with the negation governing it: "did not violate". */
    static String quote(Statement s, Token t) {
        int from = t.index();
        if (t.negated() || t.contrasted()) {
            for (int k = t.index() - 1; k >= 0 && k >= t.index() - QUOTE_REACH; k--) {
                Token c = s.tokens().get(k);
                if (isCue(c, t)) {
                    String before = k > 0 ? s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT) : "";
                    // "was not", and "rather than" whole
                    from = Lexicon.AUXILIARIES.contains(before)
                            || c.word().equalsIgnoreCase(Lexicon.CONTRAST_NEGATORS.get(before)) ? k - 1 : k;
                    return s.text().substring(s.tokens().get(from).start(), t.end());
                }
            }
            // A cue after the word it denies: "independence is rejected".
            for (int k = t.index() + 1; k < s.tokens().size() && k <= t.index() + QUOTE_REACH; k++) {
                if (isCue(s.tokens().get(k), t)) {
                    return s.text().substring(t.start(), s.tokens().get(k).end());
                }
            }
        }
        return s.text().substring(s.tokens().get(from).start(), t.end());
    }

    private static boolean isCue(Token candidate, Token negated) {
        return candidate.word().toLowerCase(Locale.ROOT).equals(negated.negationCue())
                || candidate.term().equals(negated.negationCue());
    }
}
