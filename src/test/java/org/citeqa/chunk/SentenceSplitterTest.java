package org.citeqa.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtSentenceEndsFollowedByACapital() {
        assertEquals(List.of("Kosovo declared independence.", "Serbia objected!", "Why?", "Nobody knows."),
                sentences("Kosovo declared independence. Serbia objected! Why? Nobody knows."));
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideTheSentence() {
        assertEquals(List.of("Mr. Steiner met George W. Bush in the U.S. capital on Feb. 3.", "Then he left."),
                sentences("Mr. Steiner met George W. Bush in the U.S. capital on Feb. 3. Then he left."));
    }

    @Test
    void closingQuotesBelongToTheSentenceTheyClose() {
        assertEquals(List.of("He said: \"We will get there.\"", "Rice agreed."),
                sentences("He said: \"We will get there.\" Rice agreed."));
    }

    @Test
    void invisibleMarksAndEmojiBeforeTheNextWordDoNotHideASentenceEnd() {
        // A right-to-left mark, a zero-width space, an emoji (a surrogate pair, with a variation selector and a skin
        // tone): what a pasted paragraph carries between sentences.
        for (String between : List.of(" \u200F", " \u200B", " \uD83D\uDE00 ", " \u2764\uFE0F ", " \uD83D\uDC4D\uD83C\uDFFD ",
                "\u200F ")) {
            String text = "The ferry left at nine." + between + "Spain recognised the treaty.";
            List<String> got = sentences(text);
            assertEquals(2, got.size(), "between " + between.codePoints().mapToObj(Integer::toHexString).toList() + ": " + got);
            assertEquals("The ferry left at nine.", got.get(0));
            assertEquals(true, got.get(1).endsWith("Spain recognised the treaty."), got.get(1));
            assertEquals(false, Character.getType(got.get(1).charAt(0)) == Character.FORMAT, got.get(1));
        }
        assertEquals(1, sentences("The ratio rose \uD83D\uDE00 to 3. and e.g. more.").size());
    }

    @Test
    void aListItemsMarkerOpensItsSentence() {
        assertEquals(List.of("The talks rested on three points:", "a. There is no return to the old status.",
                        "b. There is no division of the province.", "2. The council meets in May.", "iv. It votes.",
                        "(c) Nobody objected."),
                sentences("The talks rested on three points:\na. There is no return to the old status.\n\n"
                        + "b. There is no division of the province.\n2. The council meets in May.\niv. It votes.\n"
                        + "(c) Nobody objected."));
        assertEquals(List.of("He came in 2007.", "It rained."), sentences("He came in 2007. It rained."));
    }

    @Test
    void aLowerCaseContinuationDoesNotStartASentence() {
        assertEquals(List.of("The ratio was 3.5 to 1 and e.g. rising, etc. in 2007."),
                sentences("The ratio was 3.5 to 1 and e.g. rising, etc. in 2007."));
    }

    @Test
    void aOneLetterAbbreviationBeforeANumberDoesNotEndTheSentence() {
        assertEquals(List.of("Under King Corvath II (r. 1368–1398) the court moved, c. 1380, to the south.",
                        "The size is n.", "Then it halves."),
                sentences("Under King Corvath II (r. 1368–1398) the court moved, c. 1380, to the south. "
                        + "The size is n. Then it halves."));
    }

    @Test
    void aNoteMarkerStaysWithTheSentenceItFollows() {
        assertEquals(List.of("He jumps off a ledge.[c]", "He then swims.[n 9]", "The end."),
                sentences("He jumps off a ledge.[c] He then swims.[n 9] The end."));
    }

    @Test
    void neverCrossesAParagraphBreak() {
        assertEquals(List.of("Heading without a period", "First paragraph ends", "Second one."),
                sentences("Heading without a period\n\nFirst paragraph ends\n\nSecond one."));
    }

    @Test
    void spansExcludeSurroundingWhitespace() {
        String text = "  One.   Two.  ";
        List<Span> spans = splitter.split(text);
        assertEquals(List.of(new Span(2, 6), new Span(9, 13)), spans);
    }
}
