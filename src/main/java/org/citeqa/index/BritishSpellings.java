package org.citeqa.index;

import org.citeqa.language.WordNet;

/**
 * Folds British spellings into American ones before stemming, so "recognise" finds "recognized", "neighbour"
 * finds "neighbor" and "centre" finds "center". The suffix rules are English orthography; whether a rewrite is a
 * spelling variant is WordNet's call: the American form must be a word WordNet knows, and the British form either
 * unknown to it or in the same synset. So "promise", "four" and "tour" stay as they are ("promize" is no word,
 * "for" is not in WordNet, "tor" is a hill), with no list of exceptions to keep.
 */
final class BritishSpellings {

    private static final String[][] SUFFIXES = {
            {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"},
            {"isers", "izers"}, {"iser", "izer"}, {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
            {"ourhood", "orhood"}, {"ouring", "oring"}, {"oured", "ored"}, {"ourite", "orite"}, {"ours", "ors"},
            {"our", "or"}, {"tres", "ters"}, {"tre", "ter"}};
    /** Shorter words are left alone: "rise", "sour", "tore". */
    private static final int MIN_LENGTH = 6;

    private final WordNet wordNet;

    BritishSpellings(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    String fold(String word) {
        if (word.length() < MIN_LENGTH) {
            return word;
        }
        for (String[] pair : SUFFIXES) {
            if (word.endsWith(pair[0])) {
                String american = word.substring(0, word.length() - pair[0].length()) + pair[1];
                boolean variant = wordNet.isWord(american)
                        && (!wordNet.isWord(word) || wordNet.synonyms(word, american));
                return variant ? american : word;
            }
        }
        return word;
    }
}
