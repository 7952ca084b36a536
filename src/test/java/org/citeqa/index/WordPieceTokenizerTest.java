package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Our WordPiece tokenizer gives the Hugging Face tokenizers library's ids (the library LangChain4j's models use, with
 * the settings the encoder used to load it with) for every text of both dev corpora and sets, for texts cut at 512
 * pieces, and for random text from alphabets chosen to hit every rule: accents, CJK, punctuation of every category,
 * odd white space, control and private-use characters, emoji.
 */
class WordPieceTokenizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WordPieceTokenizer OURS = ours(ModelSpec.named(ModelSpec.BGE).orElseThrow());
    private static final HuggingFaceTokenizer THEIRS = theirs(ModelSpec.named(ModelSpec.BGE).orElseThrow());

    private static WordPieceTokenizer ours(ModelSpec spec) {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(spec.tokenizer())) {
            return WordPieceTokenizer.read(in, 512);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HuggingFaceTokenizer theirs(ModelSpec spec) {
        try (InputStream in = WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(spec.tokenizer())) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameIds(String text) {
        assertArrayEquals(THEIRS.encode(text, true, false).getIds(), OURS.encode(text), text);
    }

    @Test
    void everyDevTextGetsTheLibrarysIds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(Path.of("corpus"), Path.of("src/test/resources/madeup-corpus"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    String doc = Files.readString(f);
                    texts.add(doc); // far beyond 512 pieces: both cut there
                    texts.addAll(List.of(doc.split("(?<=[.!?])\\s+|\n+")));
                }
            }
        }
        for (String set : List.of("src/test/resources/eval/dev.jsonl", "src/test/resources/eval/squad/squad.jsonl")) {
            for (String line : Files.readAllLines(Path.of(set))) {
                JsonNode item = JSON.readTree(line);
                for (String field : List.of("question", "claim")) {
                    if (item.has(field)) {
                        texts.add(item.get(field).asText());
                    }
                }
                item.path("evidence").forEach(e -> texts.add(e.asText()));
            }
        }
        for (String text : texts) {
            assertSameIds(text);
        }
        assertEquals(512, OURS.encode(texts.get(0)).length, "a long text is cut at 512 ids");
    }

    @Test
    void aTokenizerFileThatNamesALengthIsCutThereAsTheLibraryCutsIt() throws IOException {
        ModelSpec miniLm = ModelSpec.named(ModelSpec.MINILM).orElseThrow();
        String doc = Files.readString(Path.of("corpus/kosovo-serbia-status-negotiations.txt"));
        long[] ids = ours(miniLm).encode(doc);
        assertArrayEquals(theirs(miniLm).encode(doc, true, false).getIds(), ids);
        assertEquals(128, ids.length, "MiniLM's file says 128");
    }

    @Test
    void edgeCases() {
        for (String text : List.of("", " ", "\t\n", "Koštunica’s “plan” — Ahtisaari’s?!", "İstanbul ÇAĞLAR Œuvre ﬁne",
                "中文字符 and 日本語テキスト", "emoji 🙂👍🏽 flags 🇽🇰", "zero\u200Bwidth\u00ADsoft\uFEFFbom", "nbsp\u00A0here\u2009thin",
                "control\u0001\u0085\u000Bchars\uE000private", "x".repeat(101), "x".repeat(100), "supercalifragilistic" + "é".repeat(90),
                "$100 + 5% = <tag> ^caret `tick` |pipe| ~tilde @at #hash", "ΣΊΣΥΦΟΣ final sigma", "a\u0301e\u0300 combining",
                "\uD800 lone surrogate \uDC00", "UPPER lower MiXeD", "don't can't won't", "1,000.50 12:30 3/4 2008-02-17")) {
            assertSameIds(text);
        }
    }

    @Property(tries = 400, seed = "20261127") // fixed, so that CI is repeatable
    void randomTextGetsTheLibrarysIds(@ForAll("texts") String text) {
        assertSameIds(text);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(List.of(
                weighted(30, Arbitraries.chars().range('a', 'z')),
                weighted(10, Arbitraries.chars().range('A', 'Z')),
                weighted(15, Arbitraries.of(' ', ' ', '\n', '\t', '\u00A0', '\u2003', '\u3000')),
                weighted(10, Arbitraries.chars().range('!', '/')),
                weighted(5, Arbitraries.chars().range('\u00C0', '\u017F')),
                weighted(5, Arbitraries.chars().range('\u0300', '\u036F')),
                weighted(5, Arbitraries.chars().range('\u2010', '\u2030')),
                weighted(3, Arbitraries.chars().range('\u4E00', '\u4E50')),
                weighted(3, Arbitraries.chars().range('\u0000', '\u001F')),
                weighted(3, Arbitraries.chars().range('\u0370', '\u03FF')),
                weighted(3, Arbitraries.chars().range('\u0400', '\u04FF')),
                weighted(2, Arbitraries.chars().range('0', '9'))));
        return chars.list().ofMaxSize(80).map(list -> {
            StringBuilder s = new StringBuilder();
            list.forEach(s::append);
            return s.toString();
        });
    }

    private static Tuple.Tuple2<Integer, Arbitrary<Character>> weighted(int weight, Arbitrary<Character> chars) {
        return Tuple.of(weight, chars);
    }
}
