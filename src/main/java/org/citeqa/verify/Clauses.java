package org.citeqa.verify;

import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence, as far as its tags show them: after a clause that has its verb, a comma or semicolon
 * and a conjunction open a new one when a subject of its own and a finite verb follow ("The lighthouse was not
 * damaged, although the nearby village was destroyed"). A list ("Harl, Soren, and Tessa were flooded") or a phrase
 * ("in 1962, after a referendum held in 1959") opens none. Read so that a claim's verb is not taken from a clause
 * that speaks of something else.
 */
final class Clauses {

    /** Tags that open a clause after a comma: a conjunction ("although", "but"), "when", "which". */
    private static final Set<String> OPENERS = Set.of("CC", "IN", "WRB", "WDT");
    /** Tags of a subject's words: articles, adjectives, nouns, pronouns, numbers, "of" inside it. */
    private static final Set<String> SUBJECT_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP", "PRP$", "CD", "POS", "IN", "RB");
    /** Tags of a finite verb: it has a subject of its own. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    private final int[] clauseOf;
    /** Per clause, whether its subject has a content word (not only "it" or "which"). */
    private final boolean[] namedSubject;

    private Clauses(int[] clauseOf, boolean[] namedSubject) {
        this.clauseOf = clauseOf;
        this.namedSubject = namedSubject;
    }

    static Clauses of(Statement s) {
        List<Token> tokens = s.tokens();
        int[] clauseOf = new int[tokens.size()];
        boolean[] namedSubject = new boolean[tokens.size() + 1];
        int clause = 0;
        boolean hasVerb = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (hasVerb && i > 0 && isBreak(tokens.get(i - 1)) && opensClause(tokens, i)) {
                clause++;
                hasVerb = false;
            }
            clauseOf[i] = clause;
            hasVerb |= t.verb();
            namedSubject[clause] |= !hasVerb && t.content() && !t.digits();
        }
        return new Clauses(clauseOf, namedSubject);
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
}
