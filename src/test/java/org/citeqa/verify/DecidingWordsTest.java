package org.citeqa.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.citeqa.answer.Citation;
import org.citeqa.answer.QuoteMark;
import org.citeqa.index.EnglishAnalysis;
import org.junit.jupiter.api.Test;

/** The deciding words of a quote, on small made-up sentences: what they mark and where. */
class DecidingWordsTest {

    private static final org.citeqa.language.WordNet WORDNET = new org.citeqa.language.WordNet();
    private static final StatementReader READER = new StatementReader(new EnglishAnalysis(WORDNET),
            new org.citeqa.language.Tagger(), WORDNET);
    private final StatementReader reader = READER;
    private final DecidingWords deciding = new DecidingWords(new Agreement(reader));

    /** "[text]" for a match, "{text}" for a contradiction, the rest as it is. */
    private String marked(String claim, String quote) {
        List<QuoteMark> marks = deciding.in(reader.read(claim), quote);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (QuoteMark m : marks) {
            assertTrue(m.start() >= at && m.end() <= quote.length(), "in order, inside the quote: " + marks);
            boolean match = m.kind() == QuoteMark.Kind.MATCH;
            out.append(quote, at, m.start()).append(match ? '[' : '{').append(quote, m.start(), m.end())
                    .append(match ? ']' : '}');
            at = m.end();
        }
        return out.append(quote.substring(at)).toString();
    }

    @Test
    void sharedWordsAreMarkedAndNeighboursReadAsOnePhrase() {
        assertEquals("On 4 May 1999 [Norway signed the treaty] in Oslo.",
                marked("Norway signed the treaty.", "On 4 May 1999 Norway signed the treaty in Oslo."));
    }

    @Test
    void inflectedAndBritishFormsCount() {
        assertEquals("In 2013 [Egypt] became the [100th country to recognize] the new [state].",
                marked("Egypt was the 100th country to recognise the state.",
                        "In 2013 Egypt became the 100th country to recognize the new state."));
    }

    @Test
    void aRivalValueIsMarkedAsContradiction() {
        assertEquals("The [bridge opened] in {1996}.", marked("The bridge opened in 1994.", "The bridge opened in 1996."));
        assertEquals("The [talks began] on {March 13}.",
                marked("The talks began on March 3.", "The talks began on March 13."));
    }

    @Test
    void oppositePolarityMarksTheNegatedVerb() {
        String marked = marked("Norway signed the treaty.", "Norway did not sign the treaty.");
        assertEquals("[Norway] {did not sign} the [treaty].", marked);
    }

    @Test
    void anExceptionListIsOneContradiction() {
        String marked = marked("Spain has recognised the republic.",
                "The republic has been recognised by 24 members, except for Greece and Spain.");
        assertTrue(marked.contains("{except for Greece and Spain}"), marked);
        assertTrue(marked.startsWith("The [republic has been recognised] by"), marked);
    }

    @Test
    void nothingSharedMarksNothing() {
        assertEquals("Oslo is a port.", marked("The bridge opened in 1994.", "Oslo is a port."));
    }

    @Test
    void citationsKeepEveryFieldAndGainMarks() {
        Citation c = new Citation(1, "doc", "Doc", "doc#0", "chunk", "The bridge opened in 1996.", 10, 36);
        Citation marked = deciding.mark(reader.read("The bridge opened in 1994."), List.of(c)).get(0);
        assertEquals(c, marked.withMarks(List.of()));
        assertEquals(List.of(new QuoteMark(4, 17, QuoteMark.Kind.MATCH), new QuoteMark(21, 25,
                QuoteMark.Kind.CONTRADICTION)), marked.marks());
    }
}
