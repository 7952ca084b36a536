package org.citeqa.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces irregular past forms with their base form before stemming: "met" is indexed as "meet". */
final class IrregularVerbFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    IrregularVerbFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String base = IrregularVerbs.base(word);
        if (!base.equals(word)) {
            term.setEmpty().append(base);
        }
        return true;
    }
}
