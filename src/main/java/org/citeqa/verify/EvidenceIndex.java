package org.citeqa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An evidence statement as a claim looks things up in it: where it states a claim word, its months, its rivals. */
final class EvidenceIndex {

    final Statement statement;
    private final Statement claim;
    private final WordMatch words;

    /** Where each claim token is first stated (index + 2; 1 = nowhere, 0 = not looked up yet). */
    private final int[] found;
    /** The claim's subject words, read when first needed. */
    private List<Token> claimSubject;
    /** {@link #subjectOf} each claim verb, by its index; asked for every evidence token the verb is matched against. */
    private final List<Token>[] subjects;

    /**
     * Whether values are read strictly, as for a claim: a value the claim gives itself is no rival of its others, and a
     * value counts only when said with the claim's verb (see {@link ValueCheck}).
     */
    final boolean strict;

    EvidenceIndex(Statement statement, Statement claim, WordMatch words, boolean strict) {
        this.statement = statement;
        this.claim = claim;
        this.words = words;
        this.strict = strict;
        this.found = new int[claim.tokens().size()];
        @SuppressWarnings("unchecked")
        List<Token>[] none = new List[claim.tokens().size()];
        this.subjects = none;
    }

    EvidenceIndex(Statement statement, Statement claim, WordMatch words) {
        this(statement, claim, words, true);
    }

    /**
     * Whether the evidence's value at {@code at} is said with the claim's verb for the claim's value at
     * {@code claimAt}: "in 1921" of "In 1921 the bridge was widened" is said with "widened", not with a claim's
     * "closed". True when either has no verb of its own, or the verbs are the same or WordNet relatives; when the claim's
     * verb is not in the evidence at all, only {@code otherEventDiffers} makes another verb count as different.
     */
    boolean sameEvent(int claimAt, int at, boolean otherEventDiffers) {
        if (!Clauses.adverbial(statement, at) || !Clauses.adverbial(claim, claimAt)) {
            return true; // "the 1977 earthquake", "18,000 visitors": the value describes a noun, not when or where
        }
        int claimVerb = Clauses.governingVerb(claim, null, claimAt);
        int evidenceVerb = Clauses.governingVerb(statement, clauses(), at);
        if (claimVerb < 0 || evidenceVerb < 0) {
            return true;
        }
        Token cv = claim.tokens().get(claimVerb);
        if (words.related(cv, statement.tokens().get(evidenceVerb))) {
            return true;
        }
        return !otherEventDiffers && find(cv) < 0;
    }

    WordMatch words() {
        return words;
    }

    Statement claim() {
        return claim;
    }

    /** The first evidence token stating the claim token, or -1. Remembered: the checks ask again and again. */
    int find(Token claimToken) {
        boolean ours = claimToken.index() < found.length && claim.tokens().get(claimToken.index()) == claimToken;
        if (ours && found[claimToken.index()] != 0) {
            return found[claimToken.index()] - 2;
        }
        int at = scan(claimToken);
        if (ours) {
            found[claimToken.index()] = at + 2;
        }
        return at;
    }

    /** Every evidence token that states the claim's token, in order. */
    List<Integer> findAll(Token claimToken) {
        return statement.tokens().stream().filter(t -> states(claimToken, t)).map(Token::index).toList();
    }

    private int scan(Token claimToken) {
        if (strict && claimToken.verb() && ownVerbSaidOfAnother(claimToken)) {
            return -1;
        }
        for (Token t : statement.tokens()) {
            if (states(claimToken, t)) {
                return t.index();
            }
        }
        return -1;
    }

    private boolean states(Token claimToken, Token t) {
        return t.content() && words.related(claimToken, t) && !foreignModifier(t)
                && !(claimToken.verb() && (saidOfAnother(subjectOf(claimToken), t) || afterDeniedVerb(t)))
                && !(strict && predicateNoun(claimToken) && saidOfAnother(claimSubject(), t))
                && !(strict && describesAnotherNoun(claimToken, t));
    }

    /**
     * Whether the claim's word is a noun it says its subject is or became, right after a linking verb ("chairwoman"
     * of "Ferrand later became chairwoman of the cooperative"): a role, which the evidence may give another
     * ("Its first chairman was Calloway, while Ferrand served as secretary").
     */
    private boolean predicateNoun(Token claimToken) {
        List<Token> tokens = claim.tokens();
        if (!claimToken.tag().startsWith("NN") || claimToken.index() >= tokens.size()
                || tokens.get(claimToken.index()) != claimToken) {
            return false;
        }
        for (int i = claimToken.index() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.verb()) {
                return Lexicon.LINKING.contains(t.word().toLowerCase(Locale.ROOT));
            }
            if (t.punctuation() || t.tag().equals("IN")) {
                return false; // "of the cooperative" belongs to the role, not the role itself
            }
        }
        return false;
    }

    /**
     * Whether the verb stands in the infinitive phrase of a denied verb: "did not live to see the bridge opened" says
     * neither that she saw it nor that the bridge opened then, and "did not hesitate to sign" does not deny the
     * signing; such a verb states nothing either way. The phrase ends at punctuation.
     */
    private boolean afterDeniedVerb(Token t) {
        List<Token> tokens = statement.tokens();
        for (int i = t.index() - 1; i >= 1 && !tokens.get(i).punctuation(); i--) {
            if (tokens.get(i).word().equalsIgnoreCase("to") && tokens.get(i - 1).verb() && tokens.get(i - 1).negated()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the evidence says the claim's verb itself (the same word, as a verb) only of something other than the
     * claim's subject: then a related word elsewhere does not state it either ("Feld was responsible for the overall
     * plan, while Pennick … designed the reading room" does not say that Feld designed it, "plan" being a WordNet
     * synonym of "design").
     */
    private boolean ownVerbSaidOfAnother(Token claimVerb) {
        boolean said = false;
        for (Token t : statement.tokens()) {
            if (t.verb() && WordMatch.sameStem(t.term(), claimVerb.term())) {
                if (!saidOfAnother(subjectOf(claimVerb), t)) {
                    return false;
                }
                said = true;
            }
        }
        return said;
    }

    /**
     * Whether the evidence says its verb at {@code t} of something other than the claim's subject: the verb's clause
     * names none of the subject's words while another clause does ("The lighthouse was not damaged, although the
     * village was destroyed" does not say the lighthouse was destroyed).
     */
    private boolean saidOfAnother(List<Token> claimSubject, Token t) {
        Clauses clauses = clauses();
        if (clauses.single() || !clauses.namesSubject(t.index())) {
            return false;
        }
        boolean elsewhere = false;
        for (Token subject : claimSubject) {
            for (Token e : statement.tokens()) {
                if (e.content() && statesSubjectWord(subject, e)) {
                    if (clauses.speaksOf(t.index(), e.index())) {
                        return false;
                    }
                    elsewhere = true;
                }
            }
        }
        return elsewhere;
    }

    /**
     * Whether the evidence token states a word of the claim's subject: related, and not as part of another name
     * ("Bridge" of "the Kessin Bridge" is no word of "the Vellmar Bridge").
     */
    private boolean statesSubjectWord(Token subject, Token e) {
        if (!words.related(subject, e)) {
            return false;
        }
        for (Fact name : claim.facts()) {
            if (name.kind().isName() && name.tokens().contains(subject.index()) && namesAnother(name, e.index())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a claim's value (a date, number or name that is not part of its subject) found at {@code at} stands in
     * a clause about something else ("…, while the provincial government contributed 12,000 crowns" for the guild's
     * payment; "Moravec was born in Kellby; Asgaard was born in Tarnholm" for Moravec's birthplace). A date that
     * describes a noun ("the 1977 earthquake") is not tied to its clause.
     */
    boolean valueOfAnother(Fact fact, int at) {
        if (fact.kind() == FactKind.NUMBER && ofAnotherYear(at)) {
            return true;
        }
        if (fact.kind().isDate() && !Clauses.adverbial(statement, at)) {
            return false; // "the 1977 earthquake" names an event both clauses may speak of
        }
        List<Token> subject = subjectOfFact(fact);
        return subject.stream().noneMatch(t -> fact.tokens().contains(t.index()))
                && saidOfAnother(subject, statement.tokens().get(at));
    }

    /**
     * Whether the evidence's clause of token {@code at} speaks of another year than the claim, whose year the evidence
     * gives in another clause: "18,000" of "About 18,000 visitors attended the 2018 festival, while the 2019 festival
     * drew 23,500" is no count of the 2019 festival's visitors, neither stating nor contradicting one.
     */
    boolean ofAnotherYear(int at) {
        List<Fact> claimed = claim.facts(FactKind.YEAR);
        if (claimed.isEmpty() || clauses().single()) {
            return false;
        }
        int clause = clauses().clause(at);
        boolean other = false, elsewhere = false;
        for (Fact year : statement.facts(FactKind.YEAR)) {
            boolean ours = claimed.stream().anyMatch(c -> c.value().equals(year.value()));
            if (clauses().clause(year.position()) == clause) {
                if (ours) {
                    return false;
                }
                other = true;
            } else {
                elsewhere |= ours;
            }
        }
        return other && elsewhere;
    }

    /**
     * Whether the evidence states one of the claim's verbs only of something else, in a clause of another subject
     * ("…, when the port authority moved its gauges" for "The observatory moved its gauges"): it then says who did it,
     * and no paraphrase of the claim.
     */
    boolean verbOnlyOfAnother() {
        for (Token c : claim.tokens()) {
            if (c.verb() && c.content() && find(c) < 0 && statement.tokens().stream()
                    .anyMatch(t -> t.content() && words.related(c, t) && !foreignModifier(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the evidence denies what it says of the claim's subject with a verb the claim does not state ("The
     * lighthouse was not damaged" against "The lighthouse was destroyed"): such a sentence cannot say the claim in other
     * words. Read from the first verb after a word of the subject, in its clause; a denied verb the claim states is
     * the polarity check's.
     */
    boolean deniesUnstated() {
        List<Token> tokens = statement.tokens();
        if (tokens.stream().noneMatch(t -> t.negated() && t.verb())) {
            return false; // most sentences deny nothing: no need to look further
        }
        List<Token> subject = claimSubject();
        for (Token e : tokens) {
            if (!e.content() || subject.stream().noneMatch(s -> statesSubjectWord(s, e))) {
                continue;
            }
            for (int k = e.index() + 1; k < tokens.size() && clauses().clause(k) == clauses().clause(e.index()); k++) {
                Token verb = tokens.get(k);
                if (verb.verb() && verb.content()) {
                    if (verb.negated() && claim.tokens().stream().noneMatch(c -> c.content() && words.related(c, verb))) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private Clauses clauses() {
        return statement.clauses();
    }

    /**
     * The subject of a verb of the claim: a later verb after "and" or a comma has its own when words stand between
     * them ("The mill closed in 1991 and 310 workers lost their jobs": the workers lost them); any other verb has the
     * claim's.
     */
    private List<Token> subjectOf(Token verb) {
        if (verb.index() >= subjects.length || claim.tokens().get(verb.index()) != verb) {
            return claimSubject(); // a word of another statement than the claim
        }
        if (subjects[verb.index()] == null) {
            subjects[verb.index()] = readSubjectOf(verb);
        }
        return subjects[verb.index()];
    }

    /** {@link #subjectOf}, read afresh. */
    private List<Token> readSubjectOf(Token verb) {
        List<Token> tokens = claim.tokens();
        List<Token> own = new ArrayList<>();
        for (int i = verb.index() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.verb()) {
                return claimSubject();
            }
            if (t.tag().equals("CC") || t.word().equals(",")) {
                boolean earlierVerb = tokens.subList(0, i).stream().anyMatch(Token::verb);
                return earlierVerb && !own.isEmpty() ? List.copyOf(own) : claimSubject();
            }
            if (t.content()) {
                own.add(t);
            }
        }
        return claimSubject();
    }

    /**
     * The subject the fact belongs to ("310" of "… and 310 workers lost their jobs"), else that of the nearest verb
     * before it ("in 1991" of "The mill closed in 1991 and …"), else the claim's.
     */
    private List<Token> subjectOfFact(Fact fact) {
        Token before = null;
        for (Token t : claim.tokens()) {
            if (!t.verb()) {
                continue;
            }
            List<Token> subject = subjectOf(t);
            if (subject.stream().anyMatch(s -> fact.tokens().contains(s.index()))) {
                return subject;
            }
            if (t.index() < fact.position()) {
                before = t;
            }
        }
        return before == null ? claimSubject() : subjectOf(before);
    }

    /** The claim's content words before its first verb: what it speaks of ("The observatory" of "The observatory employs…"). */
    List<Token> claimSubject() {
        if (claimSubject == null) {
            List<Token> out = new ArrayList<>();
            for (Token t : claim.tokens()) {
                if (t.verb()) {
                    break;
                }
                if (t.content()) {
                    out.add(t);
                }
            }
            claimSubject = List.copyOf(out);
        }
        return claimSubject;
    }

    /** The first evidence token whose analysed term is or begins like {@code term}, or -1. */
    int findTerm(String term) {
        for (Token t : statement.tokens()) {
            if (statesTerm(term, t)) {
                return t.index();
            }
        }
        return -1;
    }

    /** Whether the evidence token states an analysed term: the same stem, not as the modifier of another word. */
    private boolean statesTerm(String term, Token t) {
        return t.content() && WordMatch.sameStem(term, t.term()) && !foreignModifier(t);
    }

    /** Every position where the evidence states the claim token (as {@link #find} matches it). */
    List<Integer> positions(Token claimToken) {
        List<Integer> out = new ArrayList<>();
        for (Token t : statement.tokens()) {
            if (states(claimToken, t)) {
                out.add(t.index());
            }
        }
        return out;
    }

    /**
     * Whether the evidence's word describes a noun the claim does not name, while the claim says it of its subject,
     * which the evidence states apart: "eleven steel arches resting on concrete piers" does not say "The arches are
     * made of concrete". Claims only (questions are read as the answerability model was trained).
     */
    private boolean describesAnotherNoun(Token claimToken, Token t) {
        List<Token> tokens = statement.tokens();
        int noun = t.index() + 1;
        int claimNext = claimToken.index() + 1;
        if (noun >= tokens.size() || !tokens.get(noun).tag().startsWith("NN") || tokens.get(noun).capitalised()
                || claimNext < claim.tokens().size() && claim.tokens().get(claimNext).tag().startsWith("NN")) {
            return false; // no noun after it, or the claim's word describes a noun of its own
        }
        String described = tokens.get(noun).term();
        if (claim.tokens().stream().anyMatch(c -> c.term().equals(described))) {
            return false;
        }
        return claimSubject().stream().anyMatch(s -> s != claimToken && s.content() && !s.capitalised() && !s.digits()
                && tokens.stream().anyMatch(e -> e.index() != noun && e.content() && words.related(s, e)));
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
        if (next >= statement.tokens().size()) {
            return false;
        }
        String nextTerm = statement.tokens().get(next).term();
        return claim.tokens().stream().noneMatch(c -> c.term().equals(nextTerm));
    }

    List<Fact> months() {
        List<Fact> out = new ArrayList<>(statement.facts(FactKind.MONTH));
        out.addAll(statement.facts(FactKind.DATE));
        return out;
    }

    /** Where the claim's name is stated: its last word, most of its words, or its acronym or expansion. */
    int findName(Fact name) {
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
        // Each mention of the name's last word, until one that is not part of another name: "Aldo Kessin" is stated
        // in "The Kessin Bridge was built by Aldo Kessin", past the bridge's name.
        String lastWord = name.words().get(name.words().size() - 1);
        boolean mentioned = false;
        for (Token t : statement.tokens()) {
            if (statesTerm(lastWord, t)) {
                mentioned = true;
                if (!namesAnother(name, t.index())) {
                    return t.index();
                }
            }
        }
        if (mentioned) {
            return -1;
        }
        long found = name.words().stream().filter(w -> findTerm(w) >= 0).count();
        if (found * 2 <= name.words().size()) {
            return -1;
        }
        int at = findTerm(name.words().stream().filter(w -> findTerm(w) >= 0).findFirst().orElseThrow());
        return namesAnother(name, at) ? -1 : at;
    }

    /**
     * Whether the evidence's name at a token shares a word with the claim's name but names something else: each has a
     * word the other lacks ("Anna Marlowe" and "Edda Marlowe", "Royal Maritime Archive" and "National Maritime
     * Archive"). A name that only adds or drops words ("Marlowe", "the Republic of Ostmark") is the same one.
     */
    private boolean namesAnother(Fact name, int at) {
        for (Fact f : statement.facts()) {
            if (f.kind().isName() && f.tokens().contains(at)) {
                return lacks(f.words(), name.words()) && lacks(name.words(), f.words());
            }
        }
        return false;
    }

    /**
     * Whether this statement names another thing of the claim name's kind and not the claim's own: "The Kessin Bridge"
     * for "the Vellmar Bridge". Read in a sentence's context, it tells what "the bridge" there is.
     */
    boolean namesAnotherOfItsKind(Fact name) {
        String head = name.words().get(name.words().size() - 1);
        boolean same = false;
        boolean other = false;
        for (Fact f : statement.facts()) {
            if (f.kind().isName() && f.words().stream().anyMatch(w -> WordMatch.sameStem(w, head))) {
                if (lacks(f.words(), name.words()) && lacks(name.words(), f.words())) {
                    other = true;
                } else {
                    same = true;
                }
            }
        }
        return other && !same;
    }

    /** Whether {@code some} has a word that {@code other} lacks. */
    private static boolean lacks(List<String> other, List<String> some) {
        return some.stream().anyMatch(w -> other.stream().noneMatch(o -> WordMatch.sameStem(w, o)));
    }

    /** Names of the kind (or of no sure kind) that the claim does not mention: candidates for a rival value. */
    List<Fact> rivalNames(FactKind kind) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : statement.facts()) {
            if (!f.kind().isName() || !(f.kind() == kind || f.kind() == FactKind.NAME || kind == FactKind.NAME)) {
                continue;
            }
            boolean inClaim = claim.tokens().stream().anyMatch(t -> t.content()
                    && f.words().stream().anyMatch(w -> WordMatch.sameStem(w, t.term())));
            if (!inClaim && !statement.tokens().get(f.position()).excepted()) {
                out.add(f);
            }
        }
        return out;
    }

    static String initials(Fact name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.text().split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }
}
