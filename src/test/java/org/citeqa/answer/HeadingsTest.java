package org.citeqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.citeqa.chunk.Span;
import org.citeqa.index.Sentence;
import org.citeqa.language.Tagger;
import org.junit.jupiter.api.Test;

/** Which lines of a text are headings (never quoted as answers), read with the real OpenNLP tagger. */
class HeadingsTest {

    private static final Headings HEADINGS = new Headings(new Tagger());

    private static Sentence sentence(int index, int start, int end) {
        return new Sentence("doc", index, new Span(start, end), List.of(), Set.of());
    }

    /** The paragraphs of the text, each read as one sentence, that {@link Headings} calls headings. */
    private static List<String> headingsOf(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        List<String> found = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            Sentence s = sentence(i, start, start + paragraphs[i].length());
            if (HEADINGS.isHeading(text, s)) {
                found.add(paragraphs[i]);
            }
            start += paragraphs[i].length() + 2;
        }
        return found;
    }

    @Test
    void titlesAndSectionHeadingsAreHeadings() {
        assertEquals(List.of("The Ashford Maritime Museum", "Funding", "2. The Historical Context of the Talks"),
                headingsOf("The Ashford Maritime Museum", "Funding",
                        "The museum is funded by the county council and by a lottery grant.",
                        "2. The Historical Context of the Talks", "The talks began in 1999."));
    }

    @Test
    void listItemsThatStateSomethingAreNot() {
        assertEquals(List.of(), headingsOf("Founded in 1871 by Edda Marlowe", "Capital: Ashford",
                "Opening hours 10 to 5", "It closed in 1963", "Visitors may not bring dogs"));
    }

    @Test
    void aShortSentenceInsideAParagraphIsNot() {
        String text = "Funding\n\nGrants. The museum is funded by the county council.";
        Sentence grants = sentence(1, 9, 16);
        assertEquals("Grants.", grants.span().of(text));
        assertEquals(false, HEADINGS.isHeading(text, grants));
        String noStop = "Funding\n\nGrants and gifts The museum is funded by the county council.";
        assertEquals(false, HEADINGS.isHeading(noStop, sentence(1, 9, 24)));
    }
}
