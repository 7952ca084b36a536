package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citeqa.index.IrregularVerbs;

/**
 * Checks one statement against one evidence sentence, without a model: which of the statement's key facts
 * (dates, years, numbers, ordinals, names) the evidence states, which it contradicts with another value of the
 * same kind, whether a shared verb has the opposite polarity ("did not violate" against "violated") or an
 * antonym, whether the evidence lists the statement's name as an exception, and how much of the statement's
 * wording it covers. Used by the claim checker and meant for marking unsupported sentences of model answers.
 */
@ApplicationScoped
public class Agreement {

    /** Shorter analysed stems at least this long match longer ones they begin ("recogn" ~ "recognit"). */
    private static final int MIN_PREFIX = 5;
    private static final double LIGHT_WEIGHT = 0.3;

    private final StatementReader reader;

    public Agreement(StatementReader reader) {
        this.reader = reader;
    }

    public StatementReader reader() {
        return reader;
    }

    /** One statement against one evidence sentence, every word weighing the same. */
    public AgreementResult check(String statement, String evidence) {
        return check(reader.read(statement), reader.read(evidence), TermWeights.uniform());
    }

    public AgreementResult check(Statement claim, Statement evidence, TermWeights weights) {
        Evidence ev = new Evidence(evidence, claim);
        List<Fact> matched = new ArrayList<>();
        List<Fact> missing = new ArrayList<>();
        List<Contradiction> contradictions = new ArrayList<>();
        Set<Integer> contradictedTokens = new HashSet<>();
        Set<Integer> coveredTokens = new HashSet<>();
        boolean claimNegative = claim.tokens().stream().anyMatch(Token::negated);
        for (Fact fact : claim.facts()) {
            Contradiction c = compare(fact, claim, ev, claimNegative);
            if (c == null && found(fact, claim, ev) >= 0) {
                matched.add(fact);
                coveredTokens.addAll(fact.tokens());
            } else if (c != null) {
                contradictions.add(c);
                if (c.kind() == Contradiction.Kind.VALUE) {
                    contradictedTokens.addAll(fact.tokens());
                } else {
                    coveredTokens.addAll(fact.tokens());
                }
            } else {
                missing.add(fact);
            }
        }
        Set<Integer> factTokens = new HashSet<>();
        claim.facts().forEach(f -> factTokens.addAll(f.tokens()));
        // A name listed as an exception already settles polarity: "recognised by all except Malta".
        boolean excepted = claim.facts().stream().filter(f -> f.kind().isName())
                .mapToInt(f -> found(f, claim, ev)).anyMatch(at -> at >= 0 && evidence.tokens().get(at).excepted());
        if (!excepted) {
            polarity(claim, ev, factTokens, contradictions, coveredTokens);
        }
        universal(claim, ev, contradictions);
        double coverage = coverage(claim, ev, weights, coveredTokens, Set.of());
        double rest = coverage(claim, ev, weights, coveredTokens, contradictedTokens);
        boolean predicate = predicateCovered(claim, ev, coveredTokens, matched);
        Span span = matchedSpan(claim, ev);
        List<String> matchedWords = new ArrayList<>();
        List<String> missingWords = new ArrayList<>();
        words(claim, ev, coveredTokens, matchedWords, missingWords);
        return new AgreementResult(coverage, rest, predicate, List.copyOf(matched), List.copyOf(missing),
                List.copyOf(contradictions), matchedWords, missingWords, evidence, span.length, span.terms);
    }

    /** A contradiction of this fact, or null. */
    private Contradiction compare(Fact fact, Statement claim, Evidence ev, boolean claimNegative) {
        if (fact.kind().isName()) {
            int at = found(fact, claim, ev);
            if (at >= 0) {
                boolean excepted = ev.statement.tokens().get(at).excepted();
                return excepted && !claimNegative
                        ? new Contradiction(Contradiction.Kind.EXCEPTION, fact.kind(), fact.text(), exceptionList(ev, at), at)
                        : null;
            }
            if (!fact.kind().exclusive() || !exclusiveSlot(fact, claim)) {
                return null;
            }
            return rival(fact, ev.rivalNames(fact.kind(), claim, this), ev, claim);
        }
        if (found(fact, claim, ev) >= 0) {
            return null;
        }
        List<Fact> rivals = switch (fact.kind()) {
            case YEAR, DATE -> ev.statement.facts(fact.kind());
            case MONTH -> ev.months();
            case NUMBER, ORDINAL -> ev.statement.facts(fact.kind()).stream()
                    .filter(f -> sameUnit(fact.unit(), f.unit(), fact.kind() == FactKind.ORDINAL)).toList();
            default -> List.of();
        };
        return rival(fact, rivals, ev, claim);
    }

    private Contradiction rival(Fact fact, List<Fact> rivals, Evidence ev, Statement claim) {
        List<Integer> anchors = anchors(ev, claim);
        Fact rival = nearest(rivals, ev, anchors);
        if (rival == null) {
            return null;
        }
        int distance = anchors.stream().mapToInt(a -> Math.abs(a - rival.position())).min().orElse(10);
        return new Contradiction(Contradiction.Kind.VALUE, fact.kind(), fact.text(), rival.text(), rival.position(),
                distance);
    }

    private static List<Integer> anchors(Evidence ev, Statement claim) {
        List<Integer> anchors = new ArrayList<>();
        for (Token t : claim.tokens()) {
            if (t.content()) {
                int at = ev.find(t.term());
                if (at >= 0) {
                    anchors.add(at);
                }
            }
        }
        return anchors;
    }

    /**
     * Whether another name in the evidence excludes this one: a place or agent after a preposition ("held in
     * Austria", "led by NATO"), or any name when the verb is a role only one can hold ("NATO leads KFOR"). A
     * subject of "was a member" or "recognised" may share its role with others, so a rival says nothing.
     */
    private static boolean exclusiveSlot(Fact fact, Statement claim) {
        int at = fact.position();
        for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
            if (Lexicon.SLOT_PREPOSITIONS.contains(claim.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return claim.tokens().stream().anyMatch(t -> t.content() && !t.capitalised()
                && Lexicon.UNIQUE_ROLES.stream().anyMatch(r -> related(r, t.term())));
    }

    /** The evidence token where the fact is stated, or -1. */
    private int found(Fact fact, Statement claim, Evidence ev) {
        if (fact.kind().isName()) {
            return ev.findName(fact, this);
        }
        List<Fact> same = fact.kind() == FactKind.MONTH ? ev.months() : ev.statement.facts(fact.kind());
        for (Fact f : same) {
            boolean value = fact.kind() == FactKind.MONTH ? f.value().split("-")[0].equals(fact.value())
                    : f.value().equals(fact.value());
            if (value && (fact.kind() != FactKind.NUMBER || sameUnit(fact.unit(), f.unit(), false)
                    || fact.unit() == null || f.unit() == null)) {
                return f.position();
            }
        }
        return -1;
    }

    private static boolean sameUnit(String a, String b, boolean unknownMatches) {
        if (a == null || b == null) {
            return unknownMatches && a == null && b == null;
        }
        return related(a, b);
    }

    /** How many words from an antonym the thing it is said of may stand. */
    private static final int ANTONYM_REACH = 4;

    /** Equal stems, or one begins the other and is long enough to mean the same word. */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Integer synonyms = Lexicon.SYNONYM_SET.get(a);
        if (synonyms != null && synonyms.equals(Lexicon.SYNONYM_SET.get(b))) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /**
     * Whether the evidence states another of the claim's words within a few words of {@code at}: an antonym says
     * the opposite only about the same thing ("to accept the reality" says nothing of rejecting independence).
     */
    private static boolean nearOtherClaimWords(Statement claim, Token verb, Evidence ev, int at) {
        for (Token other : claim.tokens()) {
            if (other.index() == verb.index() || !other.content()) {
                continue;
            }
            for (int position : ev.positions(other.term())) {
                if (Math.abs(position - at) <= ANTONYM_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rival nearest to where the evidence states the claim's other words. */
    private Fact nearest(List<Fact> rivals, Evidence ev, List<Integer> anchors) {
        Fact best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Fact rival : rivals) {
            int distance = anchors.stream().mapToInt(a -> Math.abs(a - rival.position())).min().orElse(0);
            int before = rival.position() - 1;
            boolean slotted = before >= 0 && (ev.statement.tokens().get(before).word().equals(",")
                    || Lexicon.SLOT_PREPOSITIONS.contains(ev.statement.tokens().get(before).word().toLowerCase(Locale.ROOT)));
            distance += slotted ? 0 : 10; // a value in the same slot as the claim's: "Rambouillet, France", "in France"
            if (distance < bestDistance) {
                best = rival;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Shared words of opposite polarity, and antonyms ("accepted" against "rejected"). */
    private void polarity(Statement claim, Evidence ev, Set<Integer> factTokens, List<Contradiction> out,
                          Set<Integer> covered) {
        List<Token> words = claim.tokens().stream()
                .filter(t -> t.content() && !t.capitalised() && !t.digits() && !factTokens.contains(t.index())).toList();
        // Antonyms first: "accepted" against "refused" is about the verb itself, the surest sign.
        for (Token t : words) {
            if (ev.find(t.term()) >= 0) {
                continue;
            }
            for (String antonym : antonyms(t.term())) {
                int opposite = ev.find(antonym);
                if (opposite >= 0 && ev.statement.tokens().get(opposite).negated() == t.negated()
                        && nearOtherClaimWords(claim, t, ev, opposite)) {
                    out.add(new Contradiction(Contradiction.Kind.POLARITY, null, quote(claim, t),
                            quote(ev.statement, ev.statement.tokens().get(opposite)), opposite));
                    covered.add(t.index());
                    return;
                }
            }
        }
        for (Token t : words) {
            int at = ev.find(t.term());
            if (at < 0) {
                continue;
            }
            Token e = ev.statement.tokens().get(at);
            if (t.negated() != e.negated() && !sharedCue(t.negated() ? t : e, t.negated() ? ev.statement : claim)) {
                out.add(new Contradiction(Contradiction.Kind.POLARITY, null, quote(claim, t), quote(ev.statement, e), at));
                covered.add(t.index());
                return;
            }
        }
    }

    /** "Rejected the resolution" and "rejected the adoption of the Resolution" share the denying verb itself. */
    private static boolean sharedCue(Token negated, Statement other) {
        return Lexicon.NEGATING_VERBS.contains(negated.negationCue())
                && other.tokens().stream().anyMatch(o -> related(o.term(), negated.negationCue()));
    }

    private static List<String> antonyms(String term) {
        List<String> out = new ArrayList<>();
        for (List<String> pair : Lexicon.ANTONYMS) {
            if (related(term, pair.get(0))) {
                out.add(pair.get(1));
            } else if (related(term, pair.get(1))) {
                out.add(pair.get(0));
            }
        }
        return out;
    }

    private static void universal(Statement claim, Evidence ev, List<Contradiction> out) {
        if (!claim.universal()) {
            return;
        }
        for (Token t : ev.statement.tokens()) {
            if (t.excepted()) {
                out.add(new Contradiction(Contradiction.Kind.UNIVERSAL, null, universalWord(claim),
                        exceptionList(ev, t.index()), t.index()));
                return;
            }
        }
    }

    private static String universalWord(Statement claim) {
        return claim.tokens().stream().map(Token::word).filter(w -> Lexicon.UNIVERSAL.contains(w.toLowerCase(Locale.ROOT)))
                .findFirst().orElse("all");
    }

    /** The exception phrase around an excepted word: from its cue to the end of the list. */
    private static String exceptionList(Evidence ev, int at) {
        List<Token> tokens = ev.statement.tokens();
        int first = at;
        while (first > 0 && first > at - 12) {
            String w = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
            first--;
            if (w.equals("except") || w.equals("exception") || w.equals("excluding") || w.equals("apart")
                    || w.equals("other")) {
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
    private static String quote(Statement s, Token t) {
        int from = t.index();
        if (t.negated()) {
            for (int k = t.index() - 1; k >= 0 && k >= t.index() - 5; k--) {
                Token c = s.tokens().get(k);
                String w = c.word().toLowerCase(Locale.ROOT);
                if (w.equals(t.negationCue()) || c.term().equals(t.negationCue())) {
                    from = k > 0 && Lexicon.AUXILIARIES.contains(s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT))
                            ? k - 1 : k;
                    break;
                }
            }
        }
        return s.text().substring(s.tokens().get(from).start(), t.end());
    }

    private double coverage(Statement claim, Evidence ev, TermWeights weights, Set<Integer> covered, Set<Integer> skip) {
        double total = 0;
        double found = 0;
        Set<String> seen = new HashSet<>();
        for (Token t : claim.tokens()) {
            if (!t.content() || skip.contains(t.index()) || !seen.add(t.term())) {
                continue;
            }
            double w = weights.weight(t.term()) * (Lexicon.LIGHT.contains(t.term()) ? LIGHT_WEIGHT : 1);
            total += w;
            if (covered.contains(t.index()) || ev.find(t.term()) >= 0) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** The shortest run of evidence tokens stating every claim word the evidence states, and how many words. */
    record Span(int length, int terms) {
    }

    /**
     * Words that say one thing together say it close together: "Kosovo is a member of the World Bank" is stated
     * in "Kosovo is a member of the IMF and the World Bank Group", not by a sentence that mentions membership of
     * one body and, forty words later, the United Nations.
     */
    private static Span matchedSpan(Statement claim, Evidence ev) {
        List<List<Integer>> lists = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Token t : claim.tokens()) {
            if (t.content() && !Lexicon.LIGHT.contains(t.term()) && seen.add(t.term())) {
                List<Integer> at = ev.positions(t.term());
                if (!at.isEmpty()) {
                    lists.add(at);
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
        events.sort(java.util.Comparator.comparingInt(e -> e[0]));
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

    /** The claim's main verb is stated, or it has none, or a counted quantity ("78 days") stands for it. */
    private boolean predicateCovered(Statement claim, Evidence ev, Set<Integer> covered, List<Fact> matched) {
        List<Token> predicates = predicates(claim);
        if (predicates.isEmpty()) {
            return true;
        }
        for (Token p : predicates) {
            if (covered.contains(p.index()) || ev.find(p.term()) >= 0) {
                return true;
            }
        }
        return matched.stream().anyMatch(f -> f.kind() == FactKind.NUMBER && f.unit() != null);
    }

    /** Verbs, guessed without a tagger: a word right after an auxiliary, or a past form. */
    static List<Token> predicates(Statement claim) {
        List<Token> out = new ArrayList<>();
        List<Token> tokens = claim.tokens();
        for (Token t : tokens) {
            if (!t.content() || t.capitalised() || t.digits() || Lexicon.LIGHT.contains(t.term())) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            boolean afterAux = t.index() > 0
                    && Lexicon.AUXILIARIES.contains(tokens.get(t.index() - 1).word().toLowerCase(Locale.ROOT));
            if (afterAux || w.endsWith("ed") && w.length() > 4 || IrregularVerbs.isPastForm(w)) {
                out.add(t);
            }
        }
        return out;
    }

    private static void words(Statement claim, Evidence ev, Set<Integer> covered, List<String> matched,
                              List<String> missing) {
        Set<String> m = new LinkedHashSet<>();
        Set<String> x = new LinkedHashSet<>();
        for (Token t : claim.tokens()) {
            if (t.content() && !Lexicon.LIGHT.contains(t.term())) {
                (covered.contains(t.index()) || ev.find(t.term()) >= 0 ? m : x).add(t.word().replaceAll("['’]s$", ""));
            }
        }
        matched.addAll(m);
        missing.addAll(x);
    }

    /** The evidence side, with its terms indexed for lookups. */
    private static final class Evidence {

        final Statement statement;
        private final Set<String> claimTerms = new HashSet<>();

        Evidence(Statement statement, Statement claim) {
            this.statement = statement;
            claim.tokens().forEach(t -> claimTerms.add(t.term()));
        }

        int find(String term) {
            for (Token t : statement.tokens()) {
                if (t.content() && related(term, t.term()) && !foreignModifier(t)) {
                    return t.index();
                }
            }
            return -1;
        }

        /** Every position where the evidence states the term (as {@link #find} matches it). */
        List<Integer> positions(String term) {
            List<Integer> out = new ArrayList<>();
            for (Token t : statement.tokens()) {
                if (t.content() && related(term, t.term()) && !foreignModifier(t)) {
                    out.add(t.index());
                }
            }
            return out;
        }

        /**
         * "Euro" in "Euro-Atlantic" modifies another word: it states the claim's "euro" only if the claim names the
         * whole compound ("Secretary-General"). Numbers stay matches: "78-days" states 78.
         */
        private boolean foreignModifier(Token t) {
            String text = statement.text();
            if (t.digits() || t.end() + 1 >= text.length() || text.charAt(t.end()) != '-'
                    || !Character.isLetter(text.charAt(t.end() + 1))) {
                return false;
            }
            int next = t.index() + 1;
            return next < statement.tokens().size() && !claimTerms.contains(statement.tokens().get(next).term());
        }

        List<Fact> months() {
            List<Fact> out = new ArrayList<>(statement.facts(FactKind.MONTH));
            out.addAll(statement.facts(FactKind.DATE));
            return out;
        }

        /** Where the name is stated: its last word, most of its words, or its acronym or expansion. */
        int findName(Fact name, Agreement agreement) {
            if (name.tokens().size() == 1 && isAcronym(name.text())) {
                for (Token t : statement.tokens()) {
                    if (t.word().equalsIgnoreCase(name.text())) {
                        return t.index();
                    }
                }
                for (Fact f : statement.facts()) {
                    if (f.kind().isName() && initials(f).equalsIgnoreCase(name.text())) {
                        return f.position();
                    }
                }
            }
            String initials = initials(name);
            if (name.words().size() >= 2) {
                for (Token t : statement.tokens()) {
                    if (isAcronym(t.word()) && t.word().equalsIgnoreCase(initials)) {
                        return t.index();
                    }
                }
            }
            int last = find(name.words().get(name.words().size() - 1));
            if (last >= 0) {
                return last;
            }
            long found = name.words().stream().filter(w -> find(w) >= 0).count();
            return found * 2 > name.words().size() ? find(name.words().stream().filter(w -> find(w) >= 0)
                    .findFirst().orElseThrow()) : -1;
        }

        /** Names of the kind that the claim does not mention: candidates for the value the documents give instead. */
        List<Fact> rivalNames(FactKind kind, Statement claim, Agreement agreement) {
            List<Fact> out = new ArrayList<>();
            for (Fact f : statement.facts(kind)) {
                boolean inClaim = claim.tokens().stream().anyMatch(t -> t.content()
                        && f.words().stream().anyMatch(w -> related(w, t.term())));
                if (!inClaim && !statement.tokens().get(f.position()).excepted()) {
                    out.add(f);
                }
            }
            return out;
        }

        private static String initials(Fact name) {
            StringBuilder sb = new StringBuilder();
            for (String word : name.text().split("\\s+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    sb.append(word.charAt(0));
                }
            }
            return sb.toString();
        }

        private static boolean isAcronym(String w) {
            return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
        }
    }
}
