package org.citeqa.language;

/**
 * One token of a tagged sentence: its text, its character range {@code [start, end)} in the sentence, its Penn
 * Treebank part-of-speech tag ("NNP", "VBD", "CD") and its chunk tag in IOB form ("B-NP", "I-VP", "O").
 */
public record TaggedToken(int index, String text, int start, int end, String tag, String chunk) {

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** A past tense or past participle: "founded", "met", "was built". */
    public boolean isPastVerb() {
        return tag.equals("VBD") || tag.equals("VBN");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    public boolean isNumber() {
        return tag.equals("CD");
    }

    /** A preposition or subordinating conjunction ("in", "by", "after"). */
    public boolean isPreposition() {
        return tag.equals("IN") || tag.equals("TO");
    }

    /** A personal or possessive pronoun ("it", "he", "its"). */
    public boolean isPronoun() {
        return tag.equals("PRP") || tag.equals("PRP$");
    }

    public boolean isDeterminer() {
        return tag.equals("DT") || tag.equals("PDT");
    }
}
