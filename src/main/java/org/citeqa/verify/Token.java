package org.citeqa.verify;

/**
 * One word, number or punctuation mark of a statement. {@code term} is the analysed form (empty for stop words
 * and punctuation); {@code negated} is set when a negation governs the word; {@code contrasted} when a contrast
 * denies it ("steel rather than concrete", read so for claims only); {@code excepted} when the word is
 * in an exception list ("except for Valdoria and Ostmark"); {@code tag} its Penn Treebank part of speech.
 */
public record Token(int index, String word, String term, int start, int end, boolean capitalised, boolean digits,
                    boolean punctuation, boolean negated, String negationCue, boolean contrasted,
                    boolean excepted, String tag) {

    public boolean verb() {
        return tag.startsWith("VB");
    }

    public boolean content() {
        return !term.isEmpty() && !punctuation;
    }
}
