package org.citeqa.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "corpus-samples");

    private final CorpusLoader loader = new CorpusLoader(new TextCleaner());

    @TempDir
    Path dir;

    @Test
    void missingFolderThrowsNamingTheFolder() {
        Path missing = dir.resolve("no-such-folder");
        CorpusException e = assertThrows(CorpusException.class, () -> loader.load(missing));
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }

    @Test
    void aFileInsteadOfAFolderThrowsNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file.txt"), "text");
        CorpusException e = assertThrows(CorpusException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("plain-file.txt"), e.getMessage());
    }

    @Test
    void aFolderWithoutDocumentFilesGivesNoDocuments() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty-corpus"));
        Files.writeString(empty.resolve("notes.rst"), "not a document");
        Files.writeString(empty.resolve("x.meta.properties"), "title=X");
        assertEquals(List.of(), loader.load(empty));
    }

    @Test
    void loadsTxtAndMdFilesSortedByNameWithSidecarMetadata() {
        List<Document> documents = loader.load(SAMPLES);

        assertEquals(List.of("border-paper", "field-notes"), documents.stream().map(Document::id).toList());
        Document paper = documents.getFirst();
        assertEquals("Border crossings: a short paper", paper.title());
        assertEquals("sample journal", paper.source());
        assertEquals("Abstract\n\nA short paper about border crossings, hard-wrapped as PDF extraction leaves it, "
                + "with a footnote.\n\nNotes\n\n1 The footnote, which matters.", paper.text());
    }

    @Test
    void markdownFileLoadsWithItsHeadingAsTitleAndTheFileNameAsSource() {
        Document notes = loader.load(SAMPLES).get(1);

        assertEquals("Field notes from the border crossing", notes.title());
        assertEquals("field-notes.md", notes.source());
        assertEquals("Field notes from the border crossing\n\n"
                + "Notes taken at the crossing. The queue was long and the officers were polite.\n\n"
                + "See the full report for details.", notes.text());
    }

    @Test
    void invalidUtf8BytesAreReplacedNotFatal() throws IOException {
        byte[] good = "Caf\u00e9 and ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] rest = " more text.".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("broken.txt");
        Files.write(file, concat(good, bad, rest));

        Document document = loader.load(dir).getFirst();

        assertEquals("broken", document.id());
        assertTrue(document.text().startsWith("Café and \uFFFD("), document.text());
        assertTrue(document.text().endsWith(" more text."), document.text());
    }

    @Test
    void aFileTheServiceMayNotReadOrThatIsNotTextIsSkippedNotFatal() throws IOException {
        Files.writeString(dir.resolve("ok.txt"), "The pier of Vask is 300 metres long.");
        byte[] noise = new byte[4_000];
        new java.util.Random(28).nextBytes(noise);
        Files.write(dir.resolve("noise.txt"), noise);
        Files.write(dir.resolve("noise-notes.md"), noise);
        Files.writeString(dir.resolve("..txt"), "A file whose name gives no id.");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("no-such-target.txt"));
        Path locked = Files.writeString(dir.resolve("private.txt"), "Locked away.");
        boolean lockable = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        List<Document> documents = loader.load(dir);
        // As root (CI's containers) a file without read permission still reads; the rest holds either way.
        assertEquals(lockable ? List.of("ok") : List.of("ok", "private"), documents.stream().map(Document::id).toList(),
                "random bytes named as text, a name that gives no id and a broken link are skipped");
    }

    @Test
    void aSidecarIsReadLiterallySoAWindowsPathKeepsItsBackslashes() throws IOException {
        Files.writeString(dir.resolve("clock.txt"), "The clock tower was rebuilt in 1902.");
        Files.writeString(dir.resolve("clock.meta.properties"),
                "# scanned from the archive\ntitle=The clock tower: a history\nsource=C:\\users\\uta\\clock.docx\n");
        Document clock = loader.load(dir).getFirst();
        assertEquals("The clock tower: a history", clock.title());
        assertEquals("C:\\users\\uta\\clock.docx", clock.source());
    }

    @Test
    void filesEmptyAfterCleaningAreSkipped() throws IOException {
        Files.writeString(dir.resolve("a-real.txt"), "Some text.");
        Files.writeString(dir.resolve("b-only-boilerplate.txt"), "Join the mailing list\n\n   \n");
        assertEquals(List.of("a-real"), loader.load(dir).stream().map(Document::id).toList());
    }

    @Test
    void titleFallsBackToTheFirstTitleLikeLineThenToTheIdInWords() throws IOException {
        Files.writeString(dir.resolve("with-heading.txt"),
                "Find a Security Clearance Job!\n\nAbstract\n\nArms Control - Treaties\n\nText of the article.\n");
        Files.writeString(dir.resolve("no-heading.txt"),
                "Introduction\n\nJust one sentence of prose here.\n\n1. Background\n");
        List<Document> documents = loader.load(dir);

        assertEquals("No heading", documents.get(0).title());
        assertEquals("no-heading.txt", documents.get(0).source());
        assertEquals("Arms Control - Treaties", documents.get(1).title());
    }

    @Test
    void ofTwoFilesWithTheSameIdTheFirstByNameIsKept() throws IOException {
        Files.writeString(dir.resolve("same.txt"), "The text version.");
        Files.writeString(dir.resolve("same.md"), "The Markdown version.");
        Files.writeString(dir.resolve("other.txt"), "Another document.");
        List<Document> documents = loader.load(dir);
        assertEquals(List.of("other", "same"), documents.stream().map(Document::id).toList());
        assertEquals("same.md", documents.get(1).source());
    }

    @Test
    void aFileOfTheSameIdStandsInForOneThatCannotBeRead() throws IOException {
        Files.writeString(dir.resolve("same.md"), "  \n");
        Files.writeString(dir.resolve("same.txt"), "The text version.");
        List<Document> documents = loader.load(dir);
        assertEquals(List.of("same.txt"), documents.stream().map(Document::source).toList());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
