package org.citeqa.verify;

import java.util.List;

/** A sentence read for checking: its tokens, key facts, whether it speaks of all or every member, and its clauses. */
public record Statement(String text, List<Token> tokens, List<Fact> facts, boolean universal, Clauses clauses) {

    public List<Fact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The token at a character offset of the text (the first that ends after it), or null past the last. */
    public Token tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t;
            }
        }
        return null;
    }

    /** The clause a token is in, counted from 0 (see {@link Clauses}). */
    public int clauseOf(Token token) {
        return clauses.clause(token.index());
    }

    /**
     * The content verb a value at {@code token} is said with: the nearest before it in its clause ("was rebuilt in
     * 1902"), else the first after it ("In 1921 the bridge was widened"); null when its clause has none.
     */
    public Token verbSaying(Token token) {
        int at = Clauses.governingVerb(this, clauses, token.index());
        return at < 0 ? null : tokens.get(at);
    }

    boolean hasExceptions() {
        return tokens.stream().anyMatch(Token::excepted);
    }
}
