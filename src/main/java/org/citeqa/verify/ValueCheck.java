package org.citeqa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A claim's key values against an evidence sentence: where the evidence states each (same date, year, number of
 * the same thing, ordinal, name or its acronym), and which other value of the same kind it gives instead in the
 * same role ("built in Gdansk" against "built in Rotterdam", "the second half" against "the first half").
 */
final class ValueCheck {

    /** Words between a rival value and the claim's words in the evidence when it is not in the same slot. */
    private static final int OTHER_SLOT = 10;
    /** Tokens between a claim's word and a rival name said of it when the claim has no verb of its own. */
    private static final int LINKED = 4;

    private ValueCheck() {
    }

    /** The evidence token where the fact is stated, or -1. */
    static int found(Fact fact, EvidenceIndex ev) {
        if (fact.kind().isName()) {
            int at = ev.findName(fact);
            return at >= 0 && ev.strict && ev.valueOfAnother(fact, at) ? -1 : at;
        }
        List<Fact> same = fact.kind() == FactKind.MONTH ? ev.months() : ev.statement.facts(fact.kind());
        // "10,000" alone is not the claim's "10,000 soldiers" when another number there counts soldiers: "780 soldiers
        // out of a total of 10,000".
        boolean countedElsewhere = fact.kind() == FactKind.NUMBER && fact.unit() != null && same.stream()
                .anyMatch(f -> !value(f, ev).equals(value(fact, ev))
                        && sameUnit(fact.unit(), f.unit(), false, ev, claimOf(ev))
                        && !(ev.strict && ev.ofAnotherYear(f.position())));
        // "will pay £6 million" is what the evidence says is paid, though "£9.6 million" stands elsewhere in it: when
        // the claim's number is its verb's object and the evidence gives the verb an object of the same unit, only
        // that one can state the claim's number.
        Fact object = ev.strict ? objectOfTheVerb(fact, same, ev) : null;
        for (Fact f : object != null ? List.of(object) : same) {
            if (ev.strict && bound(fact) && !fact.role().equals(f.role())) {
                continue; // "after 1983" is not stated by "in 1983"
            }
            boolean value = fact.kind() == FactKind.MONTH ? f.value().split("-")[0].equals(fact.value())
                    : value(f, ev).equals(value(fact, ev)) || fact.kind() == FactKind.YEAR && inDecade(f.value(), fact.value())
                    || ev.strict && fact.kind() == FactKind.NUMBER && NumberBound.within(f.value(), fact.value());
            if (value && (fact.kind() != FactKind.NUMBER || f == object
                    || sameUnit(fact.unit(), f.unit(), false, ev, claimOf(ev))
                    || fact.unit() == null || f.unit() == null && !countedElsewhere)
                    && (!ev.strict || ev.sameEvent(fact.position(), f.position(), false)
                    && !ev.valueOfAnother(fact, f.position()))) {
                return f.position();
            }
        }
        return ev.strict && fact.kind() == FactKind.YEAR ? insideRange(fact, ev) : -1;
    }

    /** Prepositions that make a date a bound that excludes it: "after 1983" is no time in 1983. */
    private static final Set<String> EXCLUSIVE_BOUNDS = Set.of("after", "before");

    /** Whether a claim's date is a bound that excludes it ("after 1983"), which only the same bound states. */
    private static boolean bound(Fact fact) {
        return fact.kind().isDate() && fact.role() != null && EXCLUSIVE_BOUNDS.contains(fact.role());
    }

    /** How many tokens after a verb its object's number may stand: "pay £6 million", "employs about 35 people". */
    private static final int OBJECT_REACH = 3;

    /**
     * The number of the fact's unit that stands as the object of the claim's verb in the evidence, when the claim's
     * number stands as that verb's object too; null otherwise.
     */
    private static Fact objectOfTheVerb(Fact fact, List<Fact> same, EvidenceIndex ev) {
        if (fact.kind() != FactKind.NUMBER || fact.unit() == null) {
            return null;
        }
        Statement claim = claimOf(ev);
        List<Token> verbs = ClaimCoverage.predicates(claim);
        Token claimVerb = verbs.isEmpty() ? wordBefore(claim, fact) : verbs.get(0);
        if (claimVerb == null || !after(claimVerb.index(), fact.position())) {
            return null;
        }
        int verb = saidOfTheSubject(claimVerb, claim, ev);
        if (verb < 0) {
            return null;
        }
        // "of which the Ministry paid 9 million" leaves out the unit that "cost 14 million kroner" gave before it
        boolean elided = same.stream().anyMatch(f -> sameUnit(fact.unit(), f.unit(), false, ev, claim));
        return same.stream().filter(f -> after(verb, f.position())
                && (sameUnit(fact.unit(), f.unit(), false, ev, claim) || elided && f.unit() == null))
                .findFirst().orElse(null);
    }

    /**
     * The lower-case word right before the claim's number, taken for its verb when the tagger found none: it reads
     * "A day ticket cost 1,450 kroner" as a noun phrase. Null when there is no such word.
     */
    private static Token wordBefore(Statement claim, Fact fact) {
        int at = fact.position() - 1;
        if (at < 1) {
            return null;
        }
        Token t = claim.tokens().get(at);
        return t.content() && !t.capitalised() && !t.digits() ? t : null;
    }

    /**
     * Where the evidence states the claim's verb of the claim's subject: of several, the one with most of the subject's
     * words since the one before ("Tickets for the festival cost 1,450 kroner, while a day ticket cost 550 kroner":
     * a day ticket's cost is the second); -1 when it does not state the verb.
     */
    private static int saidOfTheSubject(Token verb, Statement claim, EvidenceIndex ev) {
        List<Integer> said = ev.findAll(verb);
        if (said.size() < 2) {
            return said.isEmpty() ? -1 : said.get(0);
        }
        List<List<Integer>> subject = claim.tokens().stream()
                .filter(t -> t.index() < verb.index() && t.content() && !t.digits()).map(ev::findAll).toList();
        int best = said.get(0);
        long bestWords = -1;
        int from = -1;
        for (int at : said) {
            int since = from;
            long words = subject.stream().filter(places -> places.stream().anyMatch(p -> p > since && p < at)).count();
            if (words > bestWords) {
                best = at;
                bestWords = words;
            }
            from = at;
        }
        return best;
    }

    private static boolean after(int verb, int at) {
        return at > verb && at <= verb + OBJECT_REACH;
    }

    /**
     * A fact's value as compared: read for a question (not {@link EvidenceIndex#strict}), a number's bound is left out,
     * as the answerability model was trained ("more than 300" is 300).
     */
    private static String value(Fact fact, EvidenceIndex ev) {
        return ev.strict || fact.kind() != FactKind.NUMBER ? fact.value() : NumberBound.plain(fact.value());
    }

    /** Whether a year falls in a decade: 1873 in the 1870s. */
    private static boolean inDecade(String year, String decade) {
        return FactReader.DECADE.matcher(decade).matches() && year.length() == 4
                && year.regionMatches(0, decade, 0, 3);
    }

    /** Words that join the two ends of a range of years: "from 2004 to 2016", "between 1871 and 1876". */
    private static final Set<String> RANGE_OPENS = Set.of("from", "between");
    private static final Set<String> RANGE_JOINS = Set.of("to", "and", "until", "till", "through",
            "-", "–");

    /**
     * Where the evidence gives a range of years that holds the claim's year, said with the claim's verb and of its
     * subject, or -1: "led the guild from 2004 to 2016" states "led the guild in 2010".
     */
    private static int insideRange(Fact fact, EvidenceIndex ev) {
        OptionalInt year = year(fact);
        List<Fact> years = ev.statement.facts(FactKind.YEAR);
        List<Token> tokens = ev.statement.tokens();
        for (int i = 0; year.isPresent() && i + 1 < years.size(); i++) {
            int a = years.get(i).position();
            OptionalInt from = year(years.get(i));
            OptionalInt to = year(years.get(i + 1));
            if (a >= 1 && years.get(i + 1).position() == a + 2
                    && RANGE_OPENS.contains(tokens.get(a - 1).word().toLowerCase(Locale.ROOT))
                    && RANGE_JOINS.contains(tokens.get(a + 1).word().toLowerCase(Locale.ROOT))
                    && from.isPresent() && to.isPresent()
                    && from.getAsInt() <= year.getAsInt() && year.getAsInt() <= to.getAsInt()
                    && ev.sameEvent(fact.position(), a, false) && !ev.valueOfAnother(fact, a)) {
                return a;
            }
        }
        return -1;
    }

    /** A year fact's value as a number, when it is a plain year. */
    private static OptionalInt year(Fact fact) {
        return fact.value().matches("\\d{1,4}") ? OptionalInt.of(Integer.parseInt(fact.value())) : OptionalInt.empty();
    }

    /**
     * A contradiction of this fact, or null. Read strictly ({@link EvidenceIndex#strict}, for claims), a value the claim
     * itself gives as another of its facts is no rival ("opened in 1909 and sold in 1988" is not refuted by "opened in
     * 1909"), and neither is a value said with another verb ("It was cancelled in 1979" says nothing of when the
     * festival first took place).
     */
    static Contradiction compare(Fact fact, Statement claim, EvidenceIndex ev, boolean claimNegative) {
        if (fact.kind().isName()) {
            int at = found(fact, ev);
            if (at >= 0) {
                boolean excepted = ev.statement.tokens().get(at).excepted();
                return excepted && !claimNegative && subject(fact, claim)
                        ? new Contradiction(Contradiction.Kind.EXCEPTION, fact.kind(), fact.text(),
                        PolarityCheck.exceptionList(ev, at), at)
                        : null;
            }
            if (!exclusiveSlot(fact, claim)) {
                return null;
            }
            List<Fact> rivals = ev.rivalNames(fact.kind()).stream()
                    .filter(r -> r.kind() == fact.kind() && fact.kind().exclusive() || sameRole(fact, r))
                    .filter(r -> !ev.strict || !ev.valueOfAnother(fact, r.position())).toList();
            List<Integer> anchors = anchors(ev, claim);
            if (ClaimCoverage.predicates(claim).isEmpty()) {
                // "Ostmark is in Asia" has no verb to find the event by: only a place said of Ostmark itself, next
                // to it ("Ostmark, in Europe", "Ostmark lies in Europe"), is another answer; "the envoys met in
                // London to discuss Ostmark" is not.
                rivals = rivals.stream().filter(r -> anchors.stream()
                        .anyMatch(a -> Math.abs(a - r.position()) <= LINKED)).toList();
            }
            return rival(fact, rivals, ev, anchors);
        }
        if (found(fact, ev) >= 0 || ev.strict && bound(fact)) {
            return null; // "after 1983" is not contradicted by "in 1977", nor by "in 1983"
        }
        List<Fact> rivals = switch (fact.kind()) {
            // a decade the evidence gives does not contradict a year in it: "in the 1870s" for "in 1873"
            case YEAR -> ev.statement.facts(fact.kind()).stream().filter(f -> !inDecade(fact.value(), f.value())).toList();
            case DATE -> ev.statement.facts(fact.kind());
            case MONTH -> ev.months();
            case NUMBER, ORDINAL -> ev.statement.facts(fact.kind()).stream()
                    .filter(f -> sameUnit(fact.unit(), f.unit(), fact.kind() == FactKind.ORDINAL, ev, claim))
                    // "more than 300" does not contradict 312, nor "fewer than 400"
                    .filter(f -> !ev.strict || !NumberBound.within(fact.value(), f.value())
                            && !(NumberBound.bounded(fact.value()) && NumberBound.bounded(f.value()))).toList();
            default -> List.of();
        };
        Fact object = ev.strict ? objectOfTheVerb(fact, ev.statement.facts(fact.kind()), ev) : null;
        if (object != null) {
            rivals = List.of(object); // what the evidence says its verb's object is, wherever the claim's number stands
        }
        if (ev.strict) {
            rivals = rivals.stream().filter(r -> claim.facts().stream()
                    .noneMatch(own -> own != fact && own.kind() == r.kind() && own.value().equals(r.value()))
                    && ev.sameEvent(fact.position(), r.position(), true) && !ev.valueOfAnother(fact, r.position()))
                    .toList();
        }
        return rival(fact, rivals, ev, anchors(ev, claim));
    }

    /** The name stands before the claim's first verb: what the claim asserts something of ("Norway has signed"). */
    private static boolean subject(Fact fact, Statement claim) {
        return claim.tokens().stream().filter(Token::verb).mapToInt(Token::index).findFirst()
                .orElse(claim.tokens().size()) > fact.position();
    }

    private static boolean sameRole(Fact claimed, Fact stated) {
        return claimed.role() != null && claimed.role().equals(stated.role())
                && Lexicon.SLOT_PREPOSITIONS.contains(claimed.role());
    }

    /** The rival nearest the claim's words ({@code anchors}, evidence positions), preferring one in the claim's slot. */
    private static Contradiction rival(Fact fact, List<Fact> rivals, EvidenceIndex ev, List<Integer> anchors) {
        Fact best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Fact r : rivals) {
            int distance = anchors.stream().mapToInt(a -> Math.abs(a - r.position())).min().orElse(0);
            int before = r.position() - 1;
            boolean slotted = sameRole(fact, r) || before >= 0 && (ev.statement.tokens().get(before).word().equals(",")
                    || Lexicon.SLOT_PREPOSITIONS.contains(ev.statement.tokens().get(before).word().toLowerCase(Locale.ROOT)));
            distance += slotted ? 0 : OTHER_SLOT; // the claim's slot: "Gdansk, Pomerania", "in Pomerania"
            if (distance < bestDistance) {
                best = r;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return null;
        }
        Fact rival = best;
        int distance = anchors.stream().mapToInt(a -> Math.abs(a - rival.position())).min().orElse(OTHER_SLOT);
        return new Contradiction(Contradiction.Kind.VALUE, fact.kind(), fact.text(), rival.text(), rival.position(),
                distance);
    }

    /** Where the evidence states the claim's content words. */
    static List<Integer> anchors(EvidenceIndex ev, Statement claim) {
        List<Integer> anchors = new ArrayList<>();
        for (Token t : claim.tokens()) {
            if (t.content()) {
                int at = ev.find(t);
                if (at >= 0) {
                    anchors.add(at);
                }
            }
        }
        return anchors;
    }

    /**
     * Whether another name in the evidence excludes this one: a value after a preposition of place, time or agent
     * ("built in Gdansk", "led by the council"), or any name when the verb is a role only one can hold ("the council
     * leads the Tidewatch force"). A subject of "was a member" or "recognised" may share its role with others, so a
     * rival says nothing.
     */
    private static boolean exclusiveSlot(Fact fact, Statement claim) {
        if (fact.role() != null && Lexicon.SLOT_PREPOSITIONS.contains(fact.role())) {
            return true;
        }
        // The holder of a role only one can hold: the name right after the role's verb ("heading the CMO"), or the
        // subject of that verb ("the EU leads the force").
        for (int k = fact.position() - 1; k >= 0 && k >= fact.position() - 3; k--) {
            if (uniqueRole(claim.tokens().get(k))) {
                return true;
            }
        }
        return subject(fact, claim) && claim.tokens().stream().filter(Token::verb).findFirst()
                .filter(ValueCheck::uniqueRole).isPresent();
    }

    private static boolean uniqueRole(Token t) {
        return t.content() && !t.capitalised() && Lexicon.UNIQUE_ROLES.stream().anyMatch(r -> WordMatch.sameStem(r, t.term()));
    }

    /** Counts of the same thing: the same noun, or nouns WordNet takes for the same ("14 countries", "fourteen states"). */
    private static boolean sameUnit(String a, String b, boolean unknownMatches, EvidenceIndex ev, Statement claim) {
        if (a == null || b == null) {
            return unknownMatches && a == null && b == null;
        }
        if (WordMatch.sameStem(a, b)) {
            return true;
        }
        String claimed = surface(claim, a);
        String stated = surface(ev.statement, b);
        return claimed != null && stated != null && ev.words().sameThing(claimed, stated);
    }

    private static Statement claimOf(EvidenceIndex ev) {
        return ev.claim();
    }

    /** The word of the statement whose analysed term is {@code term}. */
    private static String surface(Statement s, String term) {
        return s.tokens().stream().filter(t -> t.term().equals(term)).map(Token::word).findFirst().orElse(null);
    }
}
