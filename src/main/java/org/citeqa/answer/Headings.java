package org.citeqa.answer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.citeqa.index.Sentence;
import org.citeqa.language.TaggedToken;
import org.citeqa.language.Tagger;

/**
 * Tells a heading from a statement. A heading ("Funding", "2. The Historical Context of the Talks", a document's
 * title) names what a section is about and so shares the question's words, but it answers nothing: quoting it as an
 * answer says nothing a user can check. Headings stay in the text, as context for the sentences under them.
 *
 * <p>A heading here is a paragraph of one short line that ends without punctuation, holds no verb, no colon and no
 * number beyond a section number. A list item that states something ("Founded in 1871 by Edda Marlowe", "Capital:
 * Ashford") is not one.
 */
@Singleton
final class Headings {

    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final int MAX_WORDS = 12;
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\d+\\.)*\\d+\\.?\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final Tagger tagger;

    @Inject
    Headings(Tagger tagger) {
        this.tagger = tagger;
    }

    /** True when the sentence of {@code text} is a heading, not a statement that may answer. */
    boolean isHeading(String text, Sentence sentence) {
        int start = sentence.span().start();
        int end = sentence.span().end();
        if (end <= start || !standsAlone(text, start, end)) {
            return false;
        }
        String line = text.substring(start, end);
        if (!Character.isLetter(line.codePointBefore(line.length()))) {
            return false; // "…in 1871." or "…the euro)" is a statement, a heading ends on a word
        }
        String body = SECTION_NUMBER.matcher(line).replaceFirst("");
        if (body.chars().anyMatch(c -> c == ':' || Character.isDigit(c)) || WORD.matcher(body).results().count() > MAX_WORDS) {
            return false;
        }
        return tagger.tag(body).tokens().stream().noneMatch(Headings::isVerb);
    }

    private static boolean isVerb(TaggedToken token) {
        return token.isVerb() || token.tag().equals("MD");
    }

    /** The sentence is its paragraph's only one. */
    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || text.startsWith(PARAGRAPH_BREAK, start - PARAGRAPH_BREAK.length()))
                && (end == text.length() || text.startsWith(PARAGRAPH_BREAK, end));
    }
}
