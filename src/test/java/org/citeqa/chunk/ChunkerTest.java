package org.citeqa.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.citeqa.corpus.CorpusLoader;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.TextCleaner;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void everyChunkOfTheDefaultCorpusIsExactlyItsSpanOfTheCanonicalText() {
        List<Document> docs = new CorpusLoader(new TextCleaner()).load(Path.of("corpus"));
        Chunker chunker = new Chunker(700, 200, splitter);
        int total = 0;
        for (Document doc : docs) {
            List<Chunk> chunks = chunker.chunk(doc.id(), doc.text());
            assertFalse(chunks.isEmpty(), doc.id());
            for (int i = 0; i < chunks.size(); i++) {
                Chunk chunk = chunks.get(i);
                assertEquals(doc.text().substring(chunk.start(), chunk.end()), chunk.text(), chunk.id());
                assertEquals(doc.id() + "#" + i, chunk.id());
                assertTrue(chunk.text().length() <= 700 || isOneSentence(doc.text(), chunk), chunk.id());
            }
            total += chunks.size();
        }
        assertTrue(total > 10, "the default corpus makes more than a handful of chunks");
    }

    @Test
    void chunkBoundariesFallBetweenSentences() {
        String text = "Alpha one two three. Beta four five six. Gamma seven eight nine. Delta ten eleven twelve.";
        List<Chunk> chunks = new Chunker(50, 0, splitter).chunk("d", text);
        List<Span> sentences = splitter.split(text);
        for (Chunk chunk : chunks) {
            assertTrue(sentences.stream().anyMatch(s -> s.start() == chunk.start()), "starts a sentence: " + chunk);
            assertTrue(sentences.stream().anyMatch(s -> s.end() == chunk.end()), "ends a sentence: " + chunk);
        }
        assertEquals(List.of("Alpha one two three. Beta four five six.",
                "Gamma seven eight nine. Delta ten eleven twelve."), chunks.stream().map(Chunk::text).toList());
    }

    @Test
    void overlapRepeatsTrailingWholeSentences() {
        String text = "One one one one. Two two two two. Three three three. Four four four four.";
        List<Chunk> chunks = new Chunker(55, 20, splitter).chunk("d", text);
        assertEquals("One one one one. Two two two two. Three three three.", chunks.get(0).text());
        assertEquals("Three three three. Four four four four.", chunks.get(1).text());
    }

    @Test
    void onlyASentenceLongerThanTheLimitIsSplitAndThenAtASpace() {
        String longSentence = "word ".repeat(40).trim() + ".";
        List<Chunk> chunks = new Chunker(60, 0, splitter).chunk("d", longSentence);
        assertTrue(chunks.size() > 1);
        for (Chunk chunk : chunks) {
            assertTrue(chunk.text().length() <= 60);
            assertFalse(chunk.text().startsWith(" ") || chunk.text().endsWith(" "));
            assertEquals(longSentence.substring(chunk.start(), chunk.end()), chunk.text());
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        String text = "A first sentence here. A second one follows. And a third.";
        assertEquals(new Chunker(60, 10, splitter).chunk("doc", text), new Chunker(60, 10, splitter).chunk("doc", text));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Chunker(10, 0, splitter));
        assertThrows(IllegalArgumentException.class, () -> new Chunker(100, 100, splitter));
    }

    private boolean isOneSentence(String text, Chunk chunk) {
        return splitter.split(text).stream().anyMatch(s -> s.start() <= chunk.start() && chunk.end() <= s.end());
    }
}
