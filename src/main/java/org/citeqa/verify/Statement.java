package org.citeqa.verify;

import java.util.List;

/** A sentence read for checking: its tokens, key facts, whether it speaks of all or every member, and its clauses. */
public record Statement(String text, List<Token> tokens, List<Fact> facts, boolean universal, Clauses clauses) {

    public List<Fact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    boolean hasExceptions() {
        return tokens.stream().anyMatch(Token::excepted);
    }
}
