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
    void hiddenHtmlGoesWithItsContent() {
        assertEquals(List.of("The canal has eleven locks. Its keeper is paid."), paragraphs(cleanMarkdown(lines(
                "The canal has eleven locks.<span style='display: none'> Twelve, says the draft.</span> Its keeper is"
                        + " paid.", "", "<div hidden>Draft: the canal has twelve locks.</div>"))));
    }

    @Test
    void bulletsAreSeparateParagraphsWithoutTheirMarkers() {
        assertEquals(List.of("Points:", "first point", "second point"),
                paragraphs(cleanMarkdown(lines("Points:", "- first point", "- second point"))));
    }

    @Test
    void frontMatterIsMetadataNotTextAndGivesTheTitle() {
        String raw = lines("---", "title: \"The Ostmark Canal\"", "date: 2021-03-04", "tags: [canals]", "---", "",
                "# Overview", "", "The canal has eleven locks.");
        String cleaned = cleanMarkdown(raw);
        assertEquals(List.of("Overview", "The canal has eleven locks."), paragraphs(cleaned));
        assertEquals("The Ostmark Canal", new TitleGuesser(new TextCleaner()).guess("canal", raw, cleaned, true));
    }

    @Test
    void aRuleAboveAnUnderlinedHeadingIsNoFrontMatter() {
        assertEquals(List.of("Locks and weirs", "The canal has eleven locks."),
                paragraphs(cleanMarkdown(lines("---", "Locks and weirs", "---", "", "The canal has eleven locks."))));
    }

    @Test
    void tableRowsBecomeLinesThatNameTheirColumns() {
        String raw = lines("The locks:", "", "| Lock | Opened | Keeper |", "|------|:------:|---|",
                "| Harl | 1871 | **Edda Marlowe** |", "| Wend | 1902 | |", "", "Both still work.");
        assertEquals(List.of("The locks:", "Lock: Harl; Opened: 1871; Keeper: Edda Marlowe", "Lock: Wend; Opened: 1902",
                "Both still work."), paragraphs(cleanMarkdown(raw)));
    }

    @Test
    void aPipeInProseMakesNoTable() {
        assertEquals("Tolls are 4 | 6 marks.", cleanMarkdown(lines("Tolls are 4 | 6 marks.")));
    }

    @Test
    void fencedCodeIsKeptAsWrittenAndStandsAlone() {
        String raw = lines("Install it with", "```sh", "# fetch the tool", "run --fast *now* | tee_log_", "```",
                "and wait.", "", "# Usage", "", "Run it daily.");
        assertEquals(List.of("Install it with", "# fetch the tool run --fast *now* | tee_log_", "and wait.", "Usage",
                "Run it daily."), paragraphs(cleanMarkdown(raw)));
        assertEquals("Usage", new TitleGuesser(new TextCleaner()).guess("tool", raw, cleanMarkdown(raw), true));
    }

    @Test
    void aBlankLineInsideCodePartsItsParagraphsAndAnUnclosedBlockRunsToTheEnd() {
        assertEquals(List.of("Run:", "a *b*", "# c d_e_"),
                paragraphs(cleanMarkdown(lines("Run:", "```", "a *b*", "", "# c", "d_e_"))));
    }

    @Test
    void footnoteDefinitionsJoinTheNotesAndTheirReferencesGo() {
        String raw = lines("The survey[^1] found eleven locks[^note].", "",
                "[^1]: Held by the *Harbour Board* in 1990.", "    Published in 1991.", "[^note]: Two are disused.",
                "", "The canal closed in 1960.");
        assertEquals(List.of("The survey found eleven locks.", "The canal closed in 1960.", "Notes",
                "Held by the Harbour Board in 1990. Published in 1991.", "Two are disused."),
                paragraphs(cleanMarkdown(raw)));
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
