package org.citeqa.verify;

import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence, as far as its tags show them: after a clause that has its verb, a comma or semicolon
 * and a conjunction open a new one when a subject of its own and a finite verb follow ("The lighthouse was not
 * damaged, although the nearby village was destroyed"). A list ("Harl, Soren, and Tessa were flooded") or a phrase
 * ("in 1962, after a referendum held in 1959") opens none. A relative clause after a name opens one too, about that
 * name ("Leni Asgaard succeeded Piet Moravec, who had led the guild"). Read so that a claim's verb or value is not
 * taken from a clause that speaks of something else. It also tells which verb a value is said with
 * ({@link #governingVerb}) and whether a value says when or where rather than describing a noun ({@link #adverbial}).
 */
final class Clauses {

    /** Tags that open a clause after a comma: a conjunction ("although", "but"), "when", "which". */
    private static final Set<String> OPENERS = Set.of("CC", "IN", "WRB", "WDT");
    /** Tags of a subject's words: articles, adjectives, nouns, pronouns, numbers, "of" inside it. */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP", "PRP$", "CD", "POS", "IN", "RB");
    /** Tags of a finite verb: it has a subject of its own. */
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private final int[] clauseOf;
    /** Per clause, whether its subject has a content word (not only "it" or "which"). */
    private final boolean[] namedSubject;

    /** Per clause, the first and last token of the name a relative clause speaks of ("Piet Moravec, who…"), or -1. */
    private final int[] antecedentFrom;
    private final int[] antecedentTo;

    private Clauses(int[] clauseOf, boolean[] namedSubject, int[] antecedentFrom, int[] antecedentTo) {
        this.clauseOf = clauseOf;
        this.namedSubject = namedSubject;
        this.antecedentFrom = antecedentFrom;
        this.antecedentTo = antecedentTo;
    }

    /** Read once per statement, when it is read ({@link StatementReader}); evidence statements are cached there. */
    static Clauses of(List<Token> tokens) {
        int[] clauseOf = new int[tokens.size()];
        boolean[] namedSubject = new boolean[tokens.size() + 1];
        int[] antecedentFrom = new int[tokens.size() + 1];
        int[] antecedentTo = new int[tokens.size() + 1];
        java.util.Arrays.fill(antecedentFrom, -1);
        java.util.Arrays.fill(antecedentTo, -1);
        int clause = 0;
        boolean hasVerb = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (hasVerb && i > 1 && isBreak(tokens.get(i - 1))) {
                int antecedent = relativeTo(tokens, i);
                if (antecedent >= 0 || opensClause(tokens, i)) {
                    clause++;
                    hasVerb = false;
                    if (antecedent >= 0) {
                        namedSubject[clause] = true;
                        antecedentFrom[clause] = antecedent;
                        antecedentTo[clause] = i - 2;
                    }
                }
            }
            clauseOf[i] = clause;
            hasVerb |= t.verb();
            namedSubject[clause] |= !hasVerb && t.content() && !t.digits();
        }
        return new Clauses(clauseOf, namedSubject, antecedentFrom, antecedentTo);
    }

    /**
     * Where the name starts that a relative clause opening at {@code at} speaks of ("Piet Moravec, who had led the
     * guild"; "the Tarnholm Merchants' Guild, which paid"), or -1 when none opens there.
     */
    private static int relativeTo(List<Token> tokens, int at) {
        String tag = tokens.get(at).tag();
        if (!tokens.get(at - 1).word().equals(",") || !(tag.equals("WP") || tag.equals("WDT"))
                || !tokens.get(at - 2).tag().startsWith("NN")) {
            return -1;
        }
        int next = at + 1;
        while (next < tokens.size() && (tokens.get(next).tag().equals("RB") || tokens.get(next).tag().equals("MD"))) {
            next++;
        }
        if (next >= tokens.size() || !tokens.get(next).verb()) {
            return -1;
        }
        int from = at - 2;
        while (from > 0 && (tokens.get(from - 1).tag().startsWith("NN") || tokens.get(from - 1).tag().equals("POS"))) {
            from--;
        }
        return appositiveOf(tokens, from);
    }

    /** Most words of an appositive between a name and the relative clause that speaks of both. */
    private static final int APPOSITIVE_WORDS = 6;
    /** Tags of an appositive's words: "a merchant from Bremen", "the town's new mayor". */
    private static final Set<String> APPOSITIVE_TAGS = Set.of("DT", "JJ", "IN", "NN", "NNS", "NNP", "NNPS", "POS",
            "PRP$");

    /**
     * Where the name starts that the phrase at {@code from} describes, when that phrase is an appositive set off by a
     * comma after a name: "Otto Kessler, a merchant from Bremen, who bought the site" speaks of Otto Kessler, not of
     * Bremen. {@code from} itself otherwise.
     */
    private static int appositiveOf(List<Token> tokens, int from) {
        int k = from - 1;
        while (k > 0 && from - k <= APPOSITIVE_WORDS && APPOSITIVE_TAGS.contains(tokens.get(k).tag())) {
            k--;
        }
        if (k < 1 || k == from - 1 || !tokens.get(k).word().equals(",") || !tokens.get(k - 1).tag().startsWith("NNP")) {
            return from;
        }
        int name = k - 1;
        while (name > 0 && tokens.get(name - 1).tag().startsWith("NNP")) {
            name--;
        }
        return name;
    }

    /**
     * Whether the token {@code other} is part of what the clause of {@code token} speaks of: in that clause, or in the
     * name a relative clause hangs from.
     */
    boolean speaksOf(int token, int other) {
        int clause = clauseOf[token];
        return clauseOf[other] == clause || antecedentFrom[clause] >= 0 && other >= antecedentFrom[clause]
                && other <= antecedentTo[clause];
    }

    int clause(int token) {
        return clauseOf[token];
    }

    /** Whether the clause of the token names its subject: "the village" does, "it" leaves it to what came before. */
    boolean namesSubject(int token) {
        return namedSubject[clauseOf[token]];
    }

    boolean single() {
        return clauseOf.length == 0 || clauseOf[clauseOf.length - 1] == 0;
    }

    private static boolean isBreak(Token t) {
        return t.word().equals(",") || t.word().equals(";");
    }

    /**
     * Whether a clause starts at {@code at}: an optional conjunction (required after a comma), then a subject with a
     * noun or pronoun in it, then a finite verb.
     */
    private static boolean opensClause(List<Token> tokens, int at) {
        int i = at;
        if (OPENERS.contains(tokens.get(i).tag())) {
            i++;
        } else if (!tokens.get(at - 1).word().equals(";")) {
            return false;
        }
        boolean noun = false;
        for (; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag();
            if (FINITE.contains(tag)) {
                return noun;
            }
            if (!SUBJECT_TAGS.contains(tag)) {
                return false;
            }
            noun |= tag.startsWith("NN") || tag.startsWith("PRP") && !tag.equals("PRP$");
        }
        return false;
    }

    /**
     * The content verb a value at {@code at} is said with: the verb right after it when commas set it off ("and, in
     * 1957, moved"), else the nearest before it in its clause ("was rebuilt in 1902"), else the first after it ("In
     * 1921 the bridge was widened"); -1 when its clause has none.
     */
    static int governingVerb(Statement s, Clauses clauses, int at) {
        List<Token> tokens = s.tokens();
        int aside = verbAfterAside(tokens, at);
        if (aside >= 0) {
            return aside;
        }
        int clause = clauses == null ? 0 : clauses.clause(at);
        for (int k = at - 1; k >= 0 && (clauses == null || clauses.clause(k) == clause); k--) {
            if (isContentVerb(tokens, k)) {
                return k;
            }
        }
        for (int k = at + 1; k < tokens.size() && (clauses == null || clauses.clause(k) == clause); k++) {
            if (isContentVerb(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The verb right after a value set off by commas with its preposition ("replaced its fleet and, in 1957, moved its
     * base": 1957 is said with "moved", not "replaced"), or -1.
     */
    private static int verbAfterAside(List<Token> tokens, int at) {
        int preposition = dateStart(tokens, at) - 1;
        if (preposition < 1 || !tokens.get(preposition).tag().equals("IN")
                || !tokens.get(preposition - 1).word().equals(",")) {
            return -1;
        }
        int comma = at + 1;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return -1;
        }
        return isContentVerb(tokens, comma + 1) ? comma + 1 : -1;
    }

    /**
     * A value right after a preposition, or listed after one, and not before a noun: "in 1921", "to 1985", "in 1979
     * and 2020", "in April 1922", "on 14 November 1921", not "the 1977 earthquake".
     */
    static boolean adverbial(Statement s, int at) {
        List<Token> tokens = s.tokens();
        int before = dateStart(tokens, at) - 1;
        while (before >= 2 && (tokens.get(before).tag().equals("CC") || tokens.get(before).word().equals(","))
                && tokens.get(before - 1).digits()) {
            before -= 2; // "in 1979 and 2020", "in 1979, 1985 and 2020": each is said with the verb
        }
        boolean afterPreposition = before >= 0 && tokens.get(before).tag().equals("IN");
        boolean beforeNoun = at + 1 < tokens.size() && tokens.get(at + 1).tag().startsWith("NN");
        return afterPreposition && !beforeNoun;
    }

    /**
     * Where the date that ends with the value at {@code at} begins: a year's month and day stand before it ("April
     * 1922", "14 November 1921", "November 14, 1921"), and the preposition before them is the year's too.
     */
    private static int dateStart(List<Token> tokens, int at) {
        int start = at;
        if (start >= 2 && tokens.get(start - 1).word().equals(",") && tokens.get(start - 2).digits()) {
            start -= 2; // "November 14, 1921"
        }
        Token month = start >= 1 ? tokens.get(start - 1) : null;
        if (month != null && month.capitalised() && Lexicon.month(month.word()) > 0) { // as facts read a month
            start--;
            if (start >= 1 && tokens.get(start - 1).digits() && tokens.get(start - 1).word().length() <= 2) {
                start--; // "14 November"
            }
            return start;
        }
        return at;
    }

    /**
     * A verb with meaning of its own, or a participle after "was" that the tagger read as an adjective ("was closed"
     * in a short claim); not a participle that describes a noun ("chaired the organising committee until 1999" says
     * 1999 with "chaired").
     */
    private static boolean isContentVerb(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.content() || t.capitalised() || t.digits()) {
            return false;
        }
        return t.verb() && !attributive(tokens, k) || t.tag().equals("JJ") && t.word().endsWith("ed") && k > 0
                && tokens.get(k - 1).verb() && !tokens.get(k - 1).content();
    }

    /** A participle between an article and a noun describes the noun: "the organising committee", "a printed map". */
    private static boolean attributive(List<Token> tokens, int k) {
        String tag = tokens.get(k).tag();
        return (tag.equals("VBG") || tag.equals("VBN")) && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).tag().equals("DT") && tokens.get(k + 1).tag().startsWith("NN");
    }
}
