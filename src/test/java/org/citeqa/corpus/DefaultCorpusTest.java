package org.citeqa.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus the service ships with (corpus/ in the project), cleaned. */
class DefaultCorpusTest {

    private static final String PAPER = "kosovo-serbia-status-negotiations";

    private static List<Document> documents;
    private static Map<String, Document> byId;

    @BeforeAll
    static void load() {
        documents = new CorpusLoader(new TextCleaner()).load(Path.of("corpus"));
        byId = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    @Test
    void loadsTheThreeDocumentsWithTheirIdsTitlesAndSources() {
        assertEquals(List.of("kosovo-foreign-relations", PAPER, "us-russia-kosovo-independence-2007"),
                documents.stream().map(Document::id).toList());
        assertEquals("Kosovo - Foreign Relations", byId.get("kosovo-foreign-relations").title());
        assertEquals("Kosovo–Serbia negotiations on the final status of Kosovo", byId.get(PAPER).title());
        assertEquals("US and Russia at loggerheads over Kosovo independence",
                byId.get("us-russia-kosovo-independence-2007").title());
        assertEquals("journal article", byId.get(PAPER).source());
        assertEquals("World Socialist Web Site (Paul Mitchell, 23 July 2007)",
                byId.get("us-russia-kosovo-independence-2007").source());
    }

    @Test
    void titlesGuessedWithoutSidecarsAreSensibleToo() {
        TitleGuesser guesser = new TitleGuesser(new TextCleaner());
        Document relations = byId.get("kosovo-foreign-relations");
        assertEquals("Kosovo - Foreign Relations", guesser.guess(relations.id(), relations.text(), relations.text(), false));
        Document paper = byId.get(PAPER);
        assertEquals("Kosovo serbia status negotiations", guesser.guess(paper.id(), paper.text(), paper.text(), false));
    }

    @Test
    void webBoilerplateIsGone() {
        for (Document d : documents) {
            for (String boilerplate : List.of("Find a Security Clearance Job", "Join the mailing list", "To contact the WSWS",
                    "wsws.org/contact")) {
                assertFalse(d.text().contains(boilerplate), d.id() + " contains " + boilerplate);
            }
        }
    }

    @Test
    void thePaperReadsAsCleanProse() {
        String text = byId.get(PAPER).text();
        for (String expected : List.of(
                "led by KLA representative Hashim Thaci",
                "Resolution 1244 by which Kosovo was put under United Nations interim administration",
                "78-days NATO strikes",
                "either fight yourself or sign the peace agreement",
                "model of Hong Kong",
                "On April 3, 2007 Martti Ahtisaari presented his Plan",
                "Secretary-General",
                "Rexhep Çosja")) {
            assertTrue(text.contains(expected), "missing: " + expected);
        }
    }

    @Test
    void thePaperKeepsItsFootnotesAfterTheBody() {
        String text = byId.get(PAPER).text();
        int notes = text.indexOf("\n\nNotes\n\n");
        assertTrue(notes > 0, "no Notes heading");
        String body = text.substring(0, notes);
        String footnotes = text.substring(notes);

        assertTrue(footnotes.contains("more than 51,000 people were involved"));
        assertTrue(footnotes.contains("\n\n9 According to OSCE Mission in Kosovo"));
        assertFalse(body.contains("Gjeloshi, Nikë"));
        assertFalse(body.contains("more than 51,000"));
        assertFalse(body.contains("KLA1"));
    }

    @Test
    void otherDocumentsKeepTheirNumbers() {
        String relations = byId.get("kosovo-foreign-relations").text();
        for (String number : List.of("June 26, 2013", "98 countries", "22 of the European Union's 27 member-states",
                "1.7 million", "Resolution 1244")) {
            assertTrue(relations.contains(number), "missing: " + number);
        }
        String news = byId.get("us-russia-kosovo-independence-2007").text();
        assertTrue(news.contains("G8 summit"));
        assertTrue(news.contains("15 percent"));
        assertTrue(news.contains("Vojislav Koštunica"));
        assertFalse(news.contains("*"), "Markdown emphasis left in the news article");
    }

    @Test
    void everyParagraphIsOneLineAndNoneRepeats() {
        for (Document d : documents) {
            String text = d.text();
            assertEquals(text.strip(), text, d.id());
            assertFalse(text.contains("\n\n\n"), d.id());
            Set<String> seen = new HashSet<>();
            for (String paragraph : text.split("\n\n")) {
                assertFalse(paragraph.isBlank(), d.id() + " has an empty paragraph");
                assertFalse(paragraph.contains("\n"), d.id() + " paragraph spans lines: " + paragraph);
                assertFalse(paragraph.contains("  "), d.id() + " has a double space: " + paragraph);
                assertEquals(paragraph.strip(), paragraph);
                assertTrue(seen.add(paragraph), d.id() + " repeats: " + paragraph);
            }
        }
    }

    @Test
    void cleaningCleanTextChangesNothing() {
        TextCleaner cleaner = new TextCleaner();
        for (Document d : documents) {
            assertEquals(d.text(), cleaner.clean(d.text(), false), d.id());
        }
    }
}
