package org.citeqa.verify;

import java.util.List;

/**
 * A key value of a statement: a date, year, number, ordinal or name. {@code value} is the comparable form
 * ("2008", "2-17" for 17 February, "78" or "0.15"); {@code unit} the analysed noun a number counts, if any;
 * {@code tokens} the indexes of the tokens it was read from; {@code words} a name's analysed words; {@code role} the
 * preposition it follows ("in" for a place in "built in Gdansk", "by" for an agent), or null.
 */
public record Fact(FactKind kind, String text, String value, String unit, List<Integer> tokens, List<String> words,
                   String role) {

    int position() {
        return tokens.get(0);
    }
}
