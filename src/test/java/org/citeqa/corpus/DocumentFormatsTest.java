package org.citeqa.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every allowed format, built as a real file, read into canonical text with the cleaning of the start-up folder. */
class DocumentFormatsTest {

    static final String HTML = """
            <!doctype html>
            <html><head><title>The Ohrid fishery report</title><script>var tracking = 1;</script>
            <style>body { color: red }</style></head>
            <body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
            <li><a href="/about">About the lake trust</a></li></ul></nav></header>
            <main><article>
            <h1>The Ohrid trout recovers</h1>
            <p>The Ohrid trout population grew by 40 percent between 2015 and 2020, the fishery board reported.</p>
            <p>Fishing was banned in the southern bay for five years to let the stock recover.</p>
            </article></main>
            <aside>Related stories: the lake in winter</aside>
            <footer><p>Copyright 2021 Lake Trust. All rights reserved.</p><p>Contact us at info@example.org</p></footer>
            </body></html>
            """;

    static final List<TestFiles.PdfPage> PAPER = List.of(
            new TestFiles.PdfPage(List.of(
                    "Water levels of Lake Prespa",
                    "",
                    "The level of Lake Prespa fell by seven metres between 1950",
                    "and 2010, the hydrology institute measured.1 Irrigation took",
                    "much of the inflow."),
                    List.of("1 Institute of Hydrology, annual report 2011.")),
            new TestFiles.PdfPage(List.of(
                    "The lake is shared by three countries. A joint commission",
                    "was founded in 2010 to manage the water of the basin.")));

    private final CorpusLoader loader = new CorpusLoader(new TextCleaner());

    @TempDir
    Path dir;

    private Document read(String name, byte[] bytes) {
        return loader.read("doc", TestFiles.write(dir, name, bytes), name, null, null);
    }

    @Test
    void pdfKeepsPagesMovesTheFootnoteAndRemovesItsMarker() {
        Document doc = read("prespa.pdf", TestFiles.pdf("Water levels of Lake Prespa", PAPER));
        System.out.println(doc.text() + "\n" + doc.pages());
        assertEquals("pdf", doc.format());
        assertEquals("Water levels of Lake Prespa", doc.title());
        assertTrue(doc.text().contains("the hydrology institute measured. Irrigation took much of the inflow."),
                doc.text());
        assertTrue(doc.text().endsWith("Notes\n\n1 Institute of Hydrology, annual report 2011."), doc.text());
        int second = doc.text().indexOf("The lake is shared");
        assertEquals(1, doc.pageAt(doc.text().indexOf("seven metres")));
        assertEquals(2, doc.pageAt(second));
        assertEquals(2, doc.pageAt(doc.text().indexOf("joint commission")));
        assertEquals(1, doc.pageAt(doc.text().indexOf("Institute of Hydrology")));
        assertEquals(2, doc.pageCount());
    }

    @Test
    void aSentenceRunningOverAPageBreakChangesPageAtTheRightWordAndPageNumbersGo() {
        Document doc = read("commission.pdf", TestFiles.pdf(null, List.of(
                new TestFiles.PdfPage(List.of("The basin report", "", "In 2012 the water board asked the inter-",
                        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "", "", "", "", "", "", "", "", "", "1")),
                new TestFiles.PdfPage(List.of("national commission for a new survey of the basin, which began in",
                        "2013 and ended in 2015.", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                        "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "2")))));
        System.out.println(doc.text() + "\n" + doc.pages());
        String text = doc.text();
        assertTrue(text.contains("asked the international commission for a new survey of the basin"), text);
        assertFalse(text.matches("(?s).*\\n\\n[12]\\n\\n.*|.*\\n\\n[12]$"), "page numbers are dropped: " + text);
        assertEquals(1, doc.pageAt(text.indexOf("water board")));
        assertEquals(1, doc.pageAt(text.indexOf("international")));
        assertEquals(2, doc.pageAt(text.indexOf("commission")));
        assertEquals(2, doc.pageAt(text.indexOf("2015")));
    }

    @Test
    void htmlDropsNavigationFooterAndScripts() {
        Document doc = read("ohrid.html", HTML.getBytes(StandardCharsets.UTF_8));
        System.out.println(doc.text());
        assertEquals("html", doc.format());
        assertEquals("The Ohrid fishery report", doc.title());
        assertTrue(doc.text().startsWith("The Ohrid trout recovers\n\nThe Ohrid trout population grew by 40 percent"),
                doc.text());
        for (String chrome : List.of("Home", "About the lake trust", "tracking", "color", "Related stories",
                "Copyright", "Contact us")) {
            assertFalse(doc.text().contains(chrome), chrome + " is page chrome: " + doc.text());
        }
        assertTrue(doc.pages().isEmpty());
        assertNull(doc.pageAt(0));
    }

    @Test
    void htmlThatAReaderCannotSeeIsNotText() {
        String page = """
                <!doctype html>
                <html><head><title>Lock keepers</title></head><body>
                <p>The Harl lock opened in 1871.<span style="display: none"> It closed in 1950.</span></p>
                <div hidden><p>The Wend lock opened in 1802.</p></div>
                <section style="color:grey; visibility:hidden">Draft: the canal has twelve locks.</section>
                <p class="note" aria-hidden="true">The canal has eleven locks.</p>
                <p STYLE="DISPLAY:NONE">Keepers are paid monthly.</p>
                </body></html>
                """;
        Document doc = read("locks.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("The Harl lock opened in 1871.\n\nThe canal has eleven locks.", doc.text());
    }

    @Test
    void htmlBlocksBuiltOfDivsStayParagraphs() {
        String page = "<html><body><div class=\"post\"><div>The Harl lock opened in 1871.</div><div>It has a keeper."
                + "</div></div><section>The Wend lock is older.</section></body></html>";
        Document doc = read("divs.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("The Harl lock opened in 1871.\n\nIt has a keeper.\n\nThe Wend lock is older.", doc.text());
    }

    @Test
    void docxOdtRtfAndEpubBecomeParagraphs() {
        String p1 = "The Struga poetry evenings began in 1962 on the bridge over the Black Drin.";
        String p2 = "Poets from fifty countries have read there since.";
        Document docx = read("struga.docx", TestFiles.docx("Struga poetry evenings", "History", List.of(p1, p2)));
        Document odt = read("struga.odt", TestFiles.odt("Struga poetry evenings", "History", List.of(p1, p2)));
        Document rtf = read("struga.rtf", TestFiles.rtf("History", List.of(p1, p2)));
        Document epub = read("struga.epub", TestFiles.epub("Struga poetry evenings",
                List.of("<h1>History</h1><p>" + p1 + "</p>", "<p>" + p2 + "</p>")));
        for (Document doc : List.of(docx, odt, rtf, epub)) {
            System.out.println(doc.format() + ": " + doc.title() + " | " + doc.text().replace("\n", "\\n"));
            assertEquals("History\n\n" + p1 + "\n\n" + p2, doc.text(), doc.format());
        }
        assertEquals("Struga poetry evenings", docx.title());
        assertEquals("Struga poetry evenings", odt.title());
        assertEquals("Struga poetry evenings", epub.title());
        assertEquals("History", rtf.title());
        assertEquals(List.of("docx", "odt", "rtf", "epub"), List.of(docx.format(), odt.format(), rtf.format(), epub.format()));
    }

    @Test
    void plainTextAndMarkdownReadAsBefore() {
        Document md = read("notes.md", "# Field notes\n\nThe **ferry** to [Ohrid](https://example.org) left at 9.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("Field notes\n\nThe ferry to Ohrid left at 9.", md.text());
        assertEquals("Field notes", md.title());
        assertEquals("md", md.format());
        Document txt = read("notes.txt", "Notes\n\nThe ferry left at\nnine.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Notes\n\nThe ferry left at nine.", txt.text());
        assertEquals("txt", txt.format());
    }

    @Test
    void badFilesAreRefusedWithTheirReason() {
        byte[] pdf = TestFiles.pdf("t", PAPER);
        assertReason(ExtractionException.Reason.EMPTY_FILE, "empty.pdf", new byte[0]);
        assertReason(ExtractionException.Reason.UNREADABLE, "half.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2));
        assertReason(ExtractionException.Reason.UNREADABLE, "junk.pdf",
                "%PDF-1.7\n1 0 obj garbage garbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertReason(ExtractionException.Reason.ENCRYPTED, "secret.pdf", TestFiles.pdf("t", PAPER, "secret"));
        assertReason(ExtractionException.Reason.NO_TEXT, "blank.pdf",
                TestFiles.pdf("t", List.of(new TestFiles.PdfPage(List.of()))));
        assertReason(ExtractionException.Reason.UNSUPPORTED_FORMAT, "data.bin", new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 7});
        assertReason(ExtractionException.Reason.UNSUPPORTED_FORMAT, "sheet.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertReason(ExtractionException.Reason.TOO_LARGE, "bomb.docx", TestFiles.docxBomb(200L << 20));
    }

    @Test
    void randomBytesNamedAsTextAreRefusedButTextInAnotherEncodingIsRead() {
        byte[] noise = new byte[20_000];
        new java.util.Random(28).nextBytes(noise);
        assertReason(ExtractionException.Reason.UNSUPPORTED_FORMAT, "random.txt", noise);
        assertReason(ExtractionException.Reason.UNSUPPORTED_FORMAT, "random.md", noise);
        assertReason(ExtractionException.Reason.UNSUPPORTED_FORMAT, "utf16.txt",
                "Notes on the ferry to Ohrid, which left at nine.".getBytes(StandardCharsets.UTF_16LE));
        // Latin-1 accents are not UTF-8: each becomes U+FFFD, a few in a text, which is still read.
        Document latin = read("notes.txt", "Notes\n\nLe bateau pour Ohrid est parti à neuf heures, après la pluie."
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(latin.text().startsWith("Notes\n\nLe bateau pour Ohrid"), latin.text());
    }

    @Test
    void theCharacterCapHoldsForPlainTextAndMarkdownAsForOtherFormats() {
        CorpusLoader capped = new CorpusLoader(new TextCleaner(), new TextExtractor(1_000));
        String paragraph = "The ferry to Ohrid left at nine and came back at noon with forty passengers aboard.\n\n";
        byte[] long_ = paragraph.repeat(30).getBytes(StandardCharsets.UTF_8);
        for (String name : List.of("long.txt", "long.md", "long.html")) {
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> capped.read("doc", TestFiles.write(dir, name, long_), name, null, null), name);
            assertEquals(ExtractionException.Reason.TOO_LARGE, e.reason(), name + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("1000 characters"), e.getMessage());
        }
        byte[] short_ = paragraph.repeat(5).getBytes(StandardCharsets.UTF_8);
        assertEquals("txt", capped.read("doc", TestFiles.write(dir, "short.txt", short_), "short.txt", null, null).format());
    }

    private void assertReason(ExtractionException.Reason reason, String name, byte[] bytes) {
        ExtractionException e = assertThrows(ExtractionException.class, () -> read(name, bytes), name);
        System.out.println(name + " -> " + e.reason() + ": " + e.getMessage());
        assertEquals(reason, e.reason(), name + ": " + e.getMessage());
    }
}
