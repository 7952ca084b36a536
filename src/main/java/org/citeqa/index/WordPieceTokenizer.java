package org.citeqa.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as Hugging Face's {@code tokenizer.json} describes it for the models we ship
 * (BertNormalizer with lower-casing, BertPreTokenizer, WordPiece, [CLS] … [SEP]): the same ids as the Hugging Face
 * tokenizers library (tested on every dev text against it), in plain Java, so that loading a model does not load
 * that library's native code (a quarter of a second of every start, and its memory).
 *
 * <p>Steps, as in the library: drop control characters and turn every white space into a space; put spaces around
 * CJK ideographs; decompose (NFD) and drop non-spacing marks; lower-case; split on white space and around every
 * punctuation character; cut each word into the longest vocabulary pieces from its start, the later ones marked
 * {@code ##}, a word that cannot be cut (or of over 100 characters) being {@code [UNK]}. Thread-safe.
 */
final class WordPieceTokenizer {

    private static final String CONTINUATION = "##";
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int first;
    private final int last;
    private final int maxLength;

    WordPieceTokenizer(Map<String, Integer> vocabulary, int maxLength) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.first = id("[CLS]");
        this.last = id("[SEP]");
        this.maxLength = maxLength;
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /**
     * Reads a {@code tokenizer.json}: its vocabulary, and the length texts are cut at ([CLS] and [SEP] included): its
     * own truncation length when it names one, as the library reads it, else {@code defaultMaxLength}.
     */
    static WordPieceTokenizer read(InputStream tokenizerJson, int defaultMaxLength) throws IOException {
        Map<String, Integer> vocabulary = null;
        int maxLength = defaultMaxLength;
        try (JsonParser json = new JsonFactory().createParser(tokenizerJson)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("model")) {
                    vocabulary = vocabulary(json);
                } else if (field.equals("truncation") && value == JsonToken.START_OBJECT) {
                    maxLength = maxLength(json, defaultMaxLength);
                } else {
                    json.skipChildren();
                }
            }
        }
        if (vocabulary == null) {
            throw new IOException("no model in the tokenizer file");
        }
        return new WordPieceTokenizer(vocabulary, maxLength);
    }

    private static int maxLength(JsonParser json, int otherwise) throws IOException {
        int maxLength = otherwise;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("max_length")) {
                maxLength = json.getIntValue();
            } else {
                json.skipChildren();
            }
        }
        return maxLength;
    }

    private static Map<String, Integer> vocabulary(JsonParser json) throws IOException {
        expect(json.currentToken(), JsonToken.START_OBJECT);
        Map<String, Integer> vocabulary = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("type") && !"WordPiece".equals(json.getText())) {
                throw new IOException("not a WordPiece model: " + json.getText());
            }
            if (field.equals("vocab")) {
                expect(value, JsonToken.START_OBJECT);
                vocabulary = new HashMap<>(40_000);
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String token = json.currentName();
                    json.nextToken();
                    vocabulary.put(token, json.getIntValue());
                }
            } else {
                json.skipChildren();
            }
        }
        if (vocabulary == null) {
            throw new IOException("no vocabulary in the tokenizer file");
        }
        return vocabulary;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("unexpected " + actual + " in the tokenizer file, expected " + expected);
        }
    }

    /** The text's ids: [CLS], its word pieces (the first {@code maxLength - 2} of them), [SEP]. */
    long[] encode(String text) {
        String normalized = normalize(text);
        long[] ids = new long[maxLength];
        int n = 0;
        ids[n++] = first;
        int limit = maxLength - 1;
        int[] word = new int[MAX_WORD_CHARS + 1];
        int i = 0;
        while (i < normalized.length() && n < limit) {
            int c = normalized.codePointAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int end = isPunctuation(c) ? i + Character.charCount(c) : wordEnd(normalized, i);
            int count = pieces(normalized.substring(i, end), word);
            for (int k = 0; k < count && n < limit; k++) {
                ids[n++] = word[k];
            }
            i = end;
        }
        ids[n++] = last;
        return Arrays.copyOf(ids, n);
    }

    /** Where a word starting at {@code start} ends: at a space, a punctuation character or the end. */
    private static int wordEnd(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (c == ' ' || isPunctuation(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * Cuts a word into the longest vocabulary pieces from its start into {@code out}; returns how many. A word with
     * a part no piece covers, or of over {@value #MAX_WORD_CHARS} characters, is one {@code [UNK]}.
     */
    private int pieces(String word, int[] out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out[0] = unknown;
            return 1;
        }
        int n = 0;
        int from = 0;
        while (from < word.length()) {
            int to = word.length();
            Integer piece = null;
            while (to > from) {
                piece = vocabulary.get(from == 0 ? word.substring(0, to) : CONTINUATION + word.substring(from, to));
                if (piece != null) {
                    break;
                }
                to -= Character.isLowSurrogate(word.charAt(to - 1)) && to - 2 >= from ? 2 : 1;
            }
            if (piece == null) {
                out[0] = unknown;
                return 1;
            }
            out[n++] = piece; // at most one piece per character: out is long enough
            from = to;
        }
        return n;
    }

    /** BertNormalizer: clean, space out CJK ideographs, strip accents, lower-case; white space is one space each. */
    static String normalize(String text) {
        StringBuilder cleaned = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                return;
            }
            if (isWhitespace(c)) {
                cleaned.append(' ');
            } else if (isCjk(c)) {
                cleaned.append(' ').appendCodePoint(c).append(' ');
            } else {
                cleaned.appendCodePoint(c);
            }
        });
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                lowerCase(c, out);
            }
        });
        return out.toString();
    }

    /** Rust's {@code char::to_lowercase}: the full mapping, one character at a time (no final-sigma rule). */
    private static void lowerCase(int c, StringBuilder out) {
        if (c < 128) {
            out.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else if (c == 0x130) {
            out.append("i\u0307"); // İ: the one full mapping that is not one character
        } else {
            out.appendCodePoint(Character.toLowerCase(c));
        }
    }

    /** Tab, newline and carriage return are white space here; other control, format and private-use code points go. */
    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /** Unicode's White_Space property, as Rust's {@code char::is_whitespace} (Java's leaves out no-break spaces). */
    private static boolean isWhitespace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    /** ASCII punctuation (which includes $, +, <, =, >, ^, `, |, ~) or a Unicode punctuation category. */
    private static boolean isPunctuation(int c) {
        if (c < 128) {
            return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
