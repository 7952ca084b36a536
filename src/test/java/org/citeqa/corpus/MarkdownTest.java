package org.citeqa.corpus;

import static org.citeqa.corpus.CleanerTestSupport.cleanMarkdown;
import static org.citeqa.corpus.CleanerTestSupport.cleanText;
import static org.citeqa.corpus.CleanerTestSupport.lines;
import static org.citeqa.corpus.CleanerTestSupport.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown: heading markers, emphasis and link syntax go, the words stay. */
class MarkdownTest {

    @Test
    void headingsLoseTheirMarkersAndBecomeTheirOwnParagraphs() {
        String raw = lines("# Main title", "Intro text", "## Section ##", "Body text");
        assertEquals(List.of("Main title", "Intro text", "Section", "Body text"), paragraphs(cleanMarkdown(raw)));
    }

    @Test
    void underlinedHeadingsAreTheirOwnParagraphs() {
        assertEquals(List.of("Main title", "notes follow"), paragraphs(cleanMarkdown(lines("Main title", "==========", "", "notes follow"))));
    }

    @Test
    void emphasisAndLinksBecomePlainText() {
        assertEquals("The paper Koha Ditore said it was final, see the report for details on snake_case names.",
                cleanMarkdown("The paper *Koha Ditore* said it was **final**, see [the report](http://x.org/r) "
                        + "for _details_ on snake_case names."));
    }

    @Test
    void inlineHtmlTagsAndStruckTextGo() {
        assertEquals("The canal is owned by the Quillon Trust. It has eleven locks and <4 staff.",
                cleanMarkdown("The canal is owned by the <em>Quillon Trust</em>.<br>It has ~~twelve~~ eleven locks and"
                        + " <4 staff."));
    }

    @Test
    void bulletsAreSeparateParagraphsWithoutTheirMarkers() {
        assertEquals(List.of("Points:", "first point", "second point"),
                paragraphs(cleanMarkdown(lines("Points:", "- first point", "- second point"))));
    }

    @Test
    void plainTextThatUsesMarkdownHeadingsIsTreatedAsMarkdown() {
        assertEquals(List.of("A Title", "Some emphasised words."),
                paragraphs(cleanText(lines("# A Title", "", "Some *emphasised* words."))));
    }

    @Test
    void plainTextWithoutMarkdownSignsKeepsItsAsterisks() {
        assertEquals("Prices *may* change.", cleanText("Prices *may* change."));
    }
}
