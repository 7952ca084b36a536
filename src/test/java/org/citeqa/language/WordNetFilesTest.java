package org.citeqa.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WordNet mapped from copies in the data folder answers exactly as WordNet read from the class path. */
class WordNetFilesTest {

    private static final List<String> WORDS = List.of("massacre", "slaughter", "rejected", "refuse", "met", "crises",
            "appointee", "founder", "Rotterdam", "harbour", "geese", "ran", "better", "qwertyuiop", "United States");

    @TempDir
    Path data;

    @Test
    void theMappedCopiesGiveTheClassPathsAnswers() {
        Dictionary mapped = WordNetFiles.copies(data).flatMap(WordNetFiles::mapped).orElseThrow();
        WordNet fromCopies = new WordNet(mapped);
        WordNet fromClassPath = new WordNet();
        for (String w : WORDS) {
            assertEquals(fromClassPath.lemmas(w), fromCopies.lemmas(w), w);
            assertEquals(fromClassPath.kindsOf(w), fromCopies.kindsOf(w), w);
            assertEquals(fromClassPath.irregularBase(w), fromCopies.irregularBase(w), w);
            for (String v : WORDS) {
                assertEquals(fromClassPath.synonyms(w, v), fromCopies.synonyms(w, v), w + "/" + v);
                assertEquals(fromClassPath.antonyms(w, v), fromCopies.antonyms(w, v), w + "/" + v);
                assertEquals(fromClassPath.hypernymDistance(w, v, 6), fromCopies.hypernymDistance(w, v, 6), w + "/" + v);
            }
        }
        assertEquals(fromClassPath.irregularForms(), fromCopies.irregularForms(), "every exception list, read through");
        assertTrue(fromCopies.synonyms("massacre", "slaughter"));
    }

    @Test
    void aLaterStartReusesTheCopiesAndReplacesADamagedOne() throws IOException {
        Path folder = WordNetFiles.copies(data).orElseThrow();
        Path nouns = folder.resolve("data.noun");
        Path verbs = folder.resolve("data.verb");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(nouns, old);
        Files.write(verbs, new byte[] {1, 2, 3}); // as a crash or a full disk might leave it
        assertEquals(folder, WordNetFiles.copies(data).orElseThrow());
        assertEquals(old, Files.getLastModifiedTime(nouns), "a whole copy is not written again");
        assertTrue(Files.size(verbs) > 1_000_000, "a damaged copy is replaced");
        assertTrue(new WordNet(WordNetFiles.mapped(folder).orElseThrow()).isWord("run"));
    }

    @Test
    void theIrregularFormsAreDerivedOnceAndKeptBesideTheCopies() throws IOException {
        Map<String, String> derived = new WordNet().irregularForms();
        WordNetFiles.Opened first = WordNetFiles.openUnder(data);
        assertEquals(derived, new WordNet(first).irregularForms());
        Path kept = first.copies().orElseThrow().resolve(IrregularFormsFile.NAME);
        assertTrue(Files.size(kept) > 10_000, "kept beside the copies");
        assertTrue(derived.containsKey("geese") && derived.containsValue("goose"), derived.size() + " forms");

        // A later start reads the file: a form planted in it (as no derivation gives) shows that it was read.
        List<String> lines = new ArrayList<>(Files.readAllLines(kept));
        lines.add(1, "zzzforms\tzzzform");
        lines.set(lines.size() - 1, "# forms: " + (derived.size() + 1));
        Files.write(kept, lines);
        assertEquals("zzzform", new WordNet(WordNetFiles.openUnder(data)).irregularForms().get("zzzforms"));

        // A file cut short is derived again and written whole.
        Files.write(kept, lines.subList(0, lines.size() / 2));
        assertEquals(derived, new WordNet(WordNetFiles.openUnder(data)).irregularForms());
        assertEquals(derived, IrregularFormsFile.read(kept).orElseThrow());
    }

    @Test
    void withoutAUsableFolderWordNetComesFromTheClassPath() throws IOException {
        Path notAFolder = Files.writeString(data.resolve("file"), "x");
        WordNet wordNet = new WordNet(WordNetFiles.openUnder(notAFolder));
        assertTrue(wordNet.synonyms("massacre", "slaughter"));
    }
}
