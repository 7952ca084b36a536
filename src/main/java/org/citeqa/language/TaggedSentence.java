package org.citeqa.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sentence with its tokens tagged for part of speech and chunked into phrases. */
public record TaggedSentence(String text, List<TaggedToken> tokens, List<Phrase> chunks) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        chunks = List.copyOf(chunks);
    }

    /** The noun-phrase chunks: "the hydrographer Edda Marlowe", "a basalt headland". */
    public List<Phrase> nounPhrases() {
        return chunks.stream().filter(c -> c.type().equals("NP")).toList();
    }

    /** The chunk holding the token, if any. */
    public java.util.Optional<Phrase> chunkOf(int token) {
        return chunks.stream().filter(c -> c.contains(token)).findFirst();
    }

    /**
     * Runs of proper nouns (and capital acronyms), joined across "of" and "of the" when proper nouns follow ("European Court of
     * Auditors", "Bank of the South"): the names a sentence mentions, whatever they name.
     */
    public List<Phrase> properNounPhrases() {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!name(i)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (true) {
                if (last + 1 < tokens.size() && name(last + 1)) {
                    last++;
                } else if (joins(last + 1) && last + 2 < tokens.size() && tokens.get(last + 2).isProperNoun()) {
                    last += 2;
                } else if (joins(last + 1) && last + 3 < tokens.size() && word(last + 2).equals("the")
                        && tokens.get(last + 3).isProperNoun()) {
                    last += 3;
                } else {
                    break;
                }
            }
            out.add(phrase("NNP", first, last));
            i = last + 1;
        }
        return out;
    }

    /** The tokens {@code first..last} as a phrase of the given type. */
    public Phrase phrase(String type, int first, int last) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new Phrase(type, first, last, start, end, text.substring(start, end));
    }

    /** A proper noun, or an all-capital acronym the tagger took for a common noun ("with the IMT"). */
    private boolean name(int i) {
        TaggedToken t = tokens.get(i);
        String w = t.text();
        return t.isProperNoun() || t.isNoun() && w.length() >= 2 && w.length() <= 6
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) && Character.isLetter(w.charAt(0));
    }

    private boolean joins(int i) {
        return i < tokens.size() && word(i).equals("of");
    }

    private String word(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }
}
