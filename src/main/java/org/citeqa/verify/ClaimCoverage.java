package org.citeqa.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of a claim an evidence sentence states: the weighted share of its words, whether its main verb is
 * stated, how close together the stated words stand, and which words matched or are missing.
 */
final class ClaimCoverage {

    /** Tags that end a complement: a preposition, "to", a conjunction ("was a diplomat in Vienna"). */
    private static final Set<String> COMPLEMENT_ENDS = Set.of("IN", "TO", "CC");

    /** Weight of a light verb ("held", "took place") against a content word. */
    private static final double LIGHT_WEIGHT = 0.3;

    private ClaimCoverage() {
    }

    static double coverage(Statement claim, EvidenceIndex ev, TermWeights weights, Set<Integer> covered,
                           Set<Integer> skip) {
        double total = 0;
        double found = 0;
        Set<String> seen = new HashSet<>();
        for (Token t : claim.tokens()) {
            if (!t.content() || skip.contains(t.index()) || !seen.add(t.term())) {
                continue;
            }
            double w = weights.weight(t.term()) * (light(t) ? LIGHT_WEIGHT : 1);
            total += w;
            if (covered.contains(t.index()) || ev.find(t) >= 0) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * Light words say little of what a statement asserts: general verbs ("was held", "took place") and adverbs
     * that are not of manner ("even", "later", "also"; but "unanimously" and "explicitly" count in full).
     */
    static boolean light(Token t) {
        return Lexicon.LIGHT.contains(t.term()) || t.tag().startsWith("RB") && !t.word().endsWith("ly");
    }

    /** The shortest run of evidence tokens stating every claim word the evidence states, and how many words. */
    record Span(int length, int terms) {
    }

    /**
     * Words that say one thing together say it close together: "Valdoria is a member of the Postal Union" is stated
     * in "Valdoria is a member of UNESCO and the Universal Postal Union", not by a sentence that mentions membership of
     * one body and, forty words later, the United Nations.
     */
    static Span matchedSpan(Statement claim, EvidenceIndex ev) {
        List<List<Integer>> lists = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Token t : claim.tokens()) {
            if (t.content() && !Lexicon.LIGHT.contains(t.term()) && seen.add(t.term())) {
                List<Integer> at = ev.positions(t);
                if (!at.isEmpty()) {
                    lists.add(t.capitalised() ? withLaterSubjectPronouns(at, ev.statement) : at);
                }
            }
        }
        if (lists.size() < 2) {
            return new Span(lists.size(), lists.size());
        }
        List<int[]> events = new ArrayList<>(); // (position, list)
        for (int i = 0; i < lists.size(); i++) {
            for (int position : lists.get(i)) {
                events.add(new int[] {position, i});
            }
        }
        events.sort(Comparator.comparingInt(e -> e[0]));
        int[] counts = new int[lists.size()];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        for (int lo = 0, hi = 0; hi < events.size(); hi++) {
            if (counts[events.get(hi)[1]]++ == 0) {
                covered++;
            }
            while (covered == lists.size()) {
                best = Math.min(best, events.get(hi)[0] - events.get(lo)[0] + 1);
                if (--counts[events.get(lo)[1]] == 0) {
                    covered--;
                }
                lo++;
            }
        }
        return new Span(best, lists.size());
    }

    /**
     * A name's positions and those of the subject pronouns after its first mention, until another name comes: in
     * "Parrow did not live to see the bridge opened; she died in 1875" the words "she died in 1875" say it of Parrow,
     * close together; after "… with the engineer Jonas Vell; he died", "he" may be Vell.
     */
    private static List<Integer> withLaterSubjectPronouns(List<Integer> at, Statement evidence) {
        List<Integer> out = new ArrayList<>(at);
        List<Token> tokens = evidence.tokens();
        for (int i = at.get(0) + 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).capitalised() && tokens.get(i).content() && !at.contains(i)) {
                break;
            }
            if (tokens.get(i).tag().equals("PRP") && !tokens.get(i).capitalised()
                    && (tokens.get(i + 1).verb() || tokens.get(i + 1).tag().equals("MD"))) {
                out.add(i); // "she died", "it was": a pronoun right before its verb is the clause's subject
            }
        }
        return out;
    }

    /**
     * The claim's main verb is stated, or it has none, or a counted quantity ("78 days") stands for it. Read for a
     * claim ({@link EvidenceIndex#strict}), a light verb's noun is its verb: "took part in the expedition" is not
     * stated by "organised the expedition".
     */
    static boolean predicateCovered(Statement claim, EvidenceIndex ev, Set<Integer> covered, List<Fact> matched) {
        List<Token> predicates = predicates(claim);
        if (predicates.isEmpty() && ev.strict) {
            predicates = lightVerbNouns(claim);
        }
        if (predicates.isEmpty()) {
            return true;
        }
        for (Token p : predicates) {
            if (covered.contains(p.index()) || ev.find(p) >= 0) {
                return true;
            }
        }
        return matched.stream().anyMatch(f -> f.kind() == FactKind.NUMBER && f.unit() != null);
    }

    /**
     * The nouns that carry the meaning of a light verb right before them: "part" of "took part", "control" of "took
     * control"; not "place" of "took place", which is light itself.
     */
    private static List<Token> lightVerbNouns(Statement claim) {
        List<Token> out = new ArrayList<>();
        List<Token> tokens = claim.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token verb = tokens.get(i);
            Token noun = tokens.get(i + 1);
            boolean light = verb.verb() && Lexicon.LIGHT.contains(verb.term())
                    && !Lexicon.AUXILIARIES.contains(verb.word().toLowerCase(Locale.ROOT));
            if (light && noun.tag().startsWith("NN") && noun.content() && !noun.capitalised()
                    && !Lexicon.LIGHT.contains(noun.term())) {
                out.add(noun);
            }
        }
        return out;
    }

    /**
     * Whether the head noun of the phrase right after the claim's first verb (its object, or its agent after "by") is
     * a common noun the evidence does not state: "council" of "is owned by the town council".
     */
    static boolean objectHeadUnstated(Statement claim, EvidenceIndex ev) {
        List<Token> predicates = predicates(claim);
        if (predicates.isEmpty()) {
            return false;
        }
        List<Token> tokens = claim.tokens();
        int i = predicates.get(0).index() + 1;
        if (i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("by")) {
            i++;
        }
        while (i < tokens.size() && (tokens.get(i).tag().equals("DT") || tokens.get(i).tag().equals("PRP$")
                || tokens.get(i).tag().startsWith("JJ"))) {
            i++;
        }
        Token head = null;
        for (; i < tokens.size() && tokens.get(i).tag().startsWith("NN"); i++) {
            head = tokens.get(i);
        }
        return head != null && head.content() && !head.capitalised() && ev.find(head) < 0;
    }

    /** Conjunctions that order the claim's event against another: "left the board before the new owners took over". */
    private static final Set<String> ORDERING = Set.of("before", "after", "until", "till");
    /** Words that bound what follows in time: "the largest ship built before the war" is no largest ever built. */
    private static final Set<String> TIME_BOUNDS = Set.of("before", "after", "until", "till", "since", "during");

    /**
     * Whether the evidence bounds in time a superlative the claim states, and the claim does not state that bound: in
     * "The largest ship built at the yard before the war was the Corrandale" the words after "before", up to the
     * verb, must be the claim's too, or the sentence does not say the Corrandale was the largest ever built.
     */
    static boolean superlativeBoundUnstated(Statement claim, EvidenceIndex ev) {
        List<Token> evidence = ev.statement.tokens();
        for (Token superlative : claim.tokens()) {
            int at = superlative.tag().equals("JJS") ? ev.find(superlative) : -1;
            for (int i = at + 1; at >= 0 && i < evidence.size() && !ends(evidence.get(i)); i++) {
                if (TIME_BOUNDS.contains(evidence.get(i).word().toLowerCase(Locale.ROOT))) {
                    for (int j = i + 1; j < evidence.size() && !ends(evidence.get(j)); j++) {
                        Token bound = evidence.get(j);
                        if (bound.content() && claim.tokens().stream().noneMatch(c -> ev.words().related(c, bound))) {
                            return true;
                        }
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the claim orders its event against another, told after its verb by a clause with a subject and a verb of
     * its own ("Garside left the board before Harlow and Brinn took over the yard"), and the evidence states no word
     * of that clause: it may say the claim's event ("resigned in 1963"), never when it happened against the other.
     */
    static boolean orderedEventUnstated(Statement claim, EvidenceIndex ev, Set<Integer> covered) {
        List<Token> tokens = claim.tokens();
        boolean verbSeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (verbSeen && ORDERING.contains(t.word().toLowerCase(Locale.ROOT))) {
                int end = i + 1;
                while (end < tokens.size() && !tokens.get(end).punctuation()) {
                    end++;
                }
                if (hasSubjectAndVerb(tokens, i + 1, end)) {
                    for (int j = i + 1; j < end; j++) {
                        Token w = tokens.get(j);
                        if (w.content() && !light(w) && (covered.contains(j) || ev.find(w) >= 0)) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            verbSeen |= t.verb();
        }
        return false;
    }

    /** Whether the tokens from {@code from} to {@code to} start with a subject (a noun or pronoun) and a finite verb. */
    private static boolean hasSubjectAndVerb(List<Token> tokens, int from, int to) {
        boolean subject = false;
        for (int j = from; j < to; j++) {
            String tag = tokens.get(j).tag();
            if (Clauses.FINITE.contains(tag)) {
                return subject;
            }
            subject |= tag.startsWith("NN") || tag.equals("PRP");
        }
        return false;
    }

    /**
     * A linking verb ends the noun phrase a superlative heads ("The largest ship … was the Corrandale"); other verbs may
     * stand inside it ("built at the yard", often tagged as a past tense).
     */
    private static boolean ends(Token t) {
        return t.punctuation() || t.tag().equals("MD") || Lexicon.LINKING.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the evidence states a verb of the claim only where the claim subordinates it, and neither a main verb
     * nor a word of what that verb says of: "sold the business" states the selling of "Vane emigrated after selling
     * the mill", not the emigrating. Such a sentence speaks of the claim's circumstance, not of what it asserts. One
     * that states the main verb's object ("provided personnel to the mission" for "sent personnel to the mission even
     * though it does not recognise …") may say the main verb in other words.
     */
    static boolean statesOnlySubordinateVerb(Statement claim, EvidenceIndex ev, Set<Integer> covered) {
        Set<Integer> subordinate = subordinateParts(claim);
        Token main = null;
        boolean sub = false;
        for (Token p : predicates(claim)) {
            boolean stated = covered.contains(p.index()) || ev.find(p) >= 0;
            if (subordinate.contains(p.index())) {
                sub |= stated;
            } else if (stated) {
                return false;
            } else if (main == null) {
                main = p;
            }
        }
        if (main == null || !sub) {
            return false;
        }
        List<Token> tokens = claim.tokens();
        int end = main.index() + 1;
        while (end < tokens.size() && !subordinate.contains(end)) {
            end++;
        }
        // A participle qualifying the object shares it: "the road bridge" of "designed the road bridge built in 1968"
        // is what "a road bridge was built" states, not the designing.
        if (end < tokens.size() && tokens.get(end).verb()) {
            while (end > main.index() + 1 && inNounPhrase(tokens.get(end - 1))) {
                end--;
            }
        }
        for (int i = main.index() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.content() && !light(t) && (covered.contains(i) || ev.find(t) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word can stand in a noun phrase: a noun, an adjective, a determiner, a number, a possessive. */
    private static boolean inNounPhrase(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD")
                || tag.equals("POS") || tag.equals("PRP$");
    }

    /**
     * The positions of the claim's words that do not say what it asserts: a clause a subordinator opens ("after
     * selling the mill", "who designed the towers"), a participle right after a preposition ("by building the
     * bridge"), and a participle that qualifies the noun before it once the claim has had its verb ("built in 1968"
     * of "designed the road bridge built in 1968"; not after "and" or a comma, where a new clause may begin); each up
     * to the next comma.
     */
    static Set<Integer> subordinateParts(Statement claim) {
        Set<Integer> out = new HashSet<>();
        List<Token> tokens = claim.tokens();
        boolean inClause = false;
        boolean verbSeen = false;
        boolean joinedSince = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word().equals(",")) {
                inClause = false;
                joinedSince = true;
                continue;
            }
            if (t.tag().equals("CC")) {
                joinedSince = true;
            } else if (Lexicon.SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT)) && opensClause(tokens, i)) {
                inClause = true;
            } else if (t.verb() && !inClause) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                boolean afterPreposition = t.tag().equals("VBG") && before != null && before.tag().equals("IN");
                boolean qualifiesNoun = verbSeen && !joinedSince && (t.tag().equals("VBN") || t.tag().equals("VBD"))
                        && before != null && before.tag().startsWith("NN");
                if (afterPreposition || qualifiesNoun) {
                    inClause = true;
                } else {
                    verbSeen = true;
                    joinedSince = false;
                }
            }
            if (inClause) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether the subordinator at {@code i} opens a clause: a wh-word ("who", "which", "when") always does; "that"
     * when it is no determiner ("that year"); a conjunction such as "after" or "until" when a verb follows it before
     * the next comma or coordinating conjunction ("after selling", not "until 1852 and handed").
     */
    private static boolean opensClause(List<Token> tokens, int i) {
        String tag = tokens.get(i).tag();
        if (tag.startsWith("W")) {
            return true;
        }
        if (tag.equals("DT")) {
            return false;
        }
        for (int j = i + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.word().equals(",") || t.tag().equals("CC")) {
                return false;
            }
            if (t.verb()) {
                return true;
            }
        }
        return false;
    }

    /** The claim's verbs, as the tagger reads them, other than light ones ("was held", "took place"). */
    static List<Token> predicates(Statement claim) {
        List<Token> out = new ArrayList<>();
        for (Token t : claim.tokens()) {
            if (t.content() && t.verb() && !t.capitalised() && !t.digits() && !Lexicon.LIGHT.contains(t.term())) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * A claim with no verb of its own but one that links its subject to a complement asserts the complement: "Alden
     * Pryce was a Corvathi diplomat" is not stated by a sentence that names Alden Pryce without saying "diplomat" (or
     * a word WordNet gives for it). True when the complement's head is stated, or the claim has none. Read for a claim,
     * a role given with "as" is asserted the same way, whatever the verb ({@link #roleHeads}), and so is a noun
     * complement when the claim's other verbs stand in its subject ("The walker found by Tess was a child").
     */
    static boolean complementCovered(Statement claim, EvidenceIndex ev, Set<Integer> covered) {
        if (ev.strict && roleHeads(claim).stream().anyMatch(h -> !covered.contains(h.index()) && ev.find(h) < 0)) {
            return false; // "worked as a nurse" is not stated by "a former schoolteacher"
        }
        List<Token> heads = complementHeads(claim);
        boolean nounComplement = ev.strict && heads.size() == 1 && heads.get(0).tag().startsWith("NN");
        if (!predicates(claim).isEmpty() && !nounComplement) {
            return true;
        }
        return heads.isEmpty() || heads.stream().anyMatch(h -> covered.contains(h.index()) || ev.find(h) >= 0);
    }

    /**
     * The roles a claim's verbs give with "as", which it asserts as a linking verb asserts its complement: "nurse" of
     * "worked as a nurse", "secretary" of "served as the company's secretary". Read for claims only.
     */
    static List<Token> roleHeads(Statement claim) {
        List<Token> out = new ArrayList<>();
        List<Token> tokens = claim.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).word().equalsIgnoreCase("as") || !tokens.get(i - 1).verb()
                    || !tokens.get(i - 1).content()) {
                continue;
            }
            Token head = null;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                String tag = t.tag();
                if (tag.startsWith("NN") && t.content()) {
                    head = t;
                } else if (tag.equals("POS")) {
                    head = null; // "the company's secretary": the owner comes first
                } else if (head != null || !(tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ")
                        || tag.equals("VBG") || tag.equals("VBN"))) {
                    break;
                }
            }
            if (head != null && !head.capitalised()) {
                out.add(head);
            }
        }
        return out;
    }

    /**
     * The head of what the claim's first linking verb says its subject is: the last common noun of the words that
     * follow it up to the next verb, preposition or punctuation, or its adjectives when it has no noun; names and
     * numbers are left to the facts ("is Valdoria" has no head here).
     */
    static List<Token> complementHeads(Statement claim) {
        List<Token> tokens = claim.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token link = tokens.get(i);
            if (!link.verb() || !Lexicon.LINKING.contains(link.word().toLowerCase(Locale.ROOT))) {
                continue; // "remains" may be a noun
            }
            List<Token> adjectives = new ArrayList<>();
            Token noun = null;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (t.punctuation() || t.verb() || COMPLEMENT_ENDS.contains(t.tag())) {
                    break;
                }
                if (t.capitalised() || t.digits()) {
                    continue; // names and numbers are facts, compared on their own
                }
                if (t.content() && t.tag().startsWith("NN")) {
                    noun = t;
                } else if (t.content() && t.tag().startsWith("JJ") && noun == null) {
                    adjectives.add(t);
                }
            }
            return noun != null ? List.of(noun) : List.copyOf(adjectives);
        }
        return List.of();
    }

    /**
     * Whether the evidence states a claim word other than its names, dates and numbers: names alone make no event
     * ("Aurelia Voss was born in Riga" is not said by "owned by Aurelia Voss, who sailed between Riga and Hull").
     */
    static boolean statesMoreThanNames(Statement claim, EvidenceIndex ev, Set<Integer> covered,
                                       Set<Integer> factTokens) {
        for (Token t : claim.tokens()) {
            if (t.content() && !Lexicon.LIGHT.contains(t.term()) && !t.capitalised() && !t.digits()
                    && !factTokens.contains(t.index()) && (covered.contains(t.index()) || ev.find(t) >= 0)) {
                return true;
            }
        }
        return false;
    }

    static void words(Statement claim, EvidenceIndex ev, Set<Integer> covered, List<String> matched,
                      List<String> missing) {
        Set<String> m = new LinkedHashSet<>();
        Set<String> x = new LinkedHashSet<>();
        for (Token t : claim.tokens()) {
            if (t.content() && !Lexicon.LIGHT.contains(t.term())) {
                (covered.contains(t.index()) || ev.find(t) >= 0 ? m : x).add(t.word().replaceAll("['’]s$", ""));
            }
        }
        matched.addAll(m);
        missing.addAll(x);
    }
}
