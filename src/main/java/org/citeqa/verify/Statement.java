package org.citeqa.verify;

import java.util.List;

/** A sentence read for checking: its tokens, key facts and whether it speaks of all or every member. */
public record Statement(String text, List<Token> tokens, List<Fact> facts, boolean universal) {

    public List<Fact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    boolean hasExceptions() {
        return tokens.stream().anyMatch(Token::excepted);
    }
}
