package org.citeqa.index;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each lower-case token by what a folding function makes of it: "recognise" → "recognize", "met" → "meet". */
final class WordFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final UnaryOperator<String> fold;

    WordFoldingFilter(TokenStream input, UnaryOperator<String> fold) {
        super(input);
        this.fold = fold;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String folded = fold.apply(word);
        if (!folded.equals(word)) {
            term.setEmpty().append(folded);
        }
        return true;
    }
}
