package org.citeqa.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile input: text made of unpaired surrogates, control characters, combining marks, right-to-left
 * marks, invisible characters, emoji, query syntax and very long runs; numbers too large, too small or negative;
 * JSON of every type in every field, nested thousands deep, with duplicate keys; bodies cut short or not JSON at all.
 * Everything is built from jqwik combinators, so a failing input shrinks to its smallest form.
 */
final class Inputs {

    private Inputs() {
    }

    // ---------- text ----------

    private static Arbitrary<String> chars(char from, char to, int max) {
        return Arbitraries.strings().withCharRange(from, to).ofMinLength(1).ofMaxLength(max);
    }

    /** One piece of hostile or ordinary text. */
    static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("Kosovo", "Rambouillet", "recognised", "independence", "Who", "led", "the",
                        "delegation", "in", "2008", "UN", "Serbia", "France", "Ahtisaari", "When", "did", "he", "it",
                        "was", "not", "?", ".", ",", "1244", "Egypt", "100th", "euro", "Austria", "held")),
                Tuple.of(1, Arbitraries.of("\ud800", "\udc00", "\udbff", "a\ud800b", "\udfff\ud800")), // unpaired surrogates
                Tuple.of(2, chars('\u0000', '\u001f', 4)), // control characters
                Tuple.of(1, Arbitraries.of("\u007f", "\u0085", "\u2028", "\u2029", "\r\n")),
                Tuple.of(2, chars('\u0300', '\u036f', 6)), // combining marks
                Tuple.of(1, chars('\u20d0', '\u20ff', 3)),
                Tuple.of(2, Arbitraries.of("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                        "\u2067", "\u2068", "\u2069", "\u061c")), // direction marks
                Tuple.of(1, chars('\u05d0', '\u05ea', 8)), // Hebrew
                Tuple.of(1, chars('\u0627', '\u064a', 8)), // Arabic
                Tuple.of(1, Arbitraries.of("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\ufffd", "\ue000", "\uffff",
                        "\u00ad")), // invisible, replacement, private use, non-characters
                Tuple.of(1, Arbitraries.of("😀", "🇽🇰", "👩‍👩‍👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ｆｕｌｌ", "ǅ", "ß", "İ", "ﬁ")),
                Tuple.of(2, Arbitraries.of("AND", "OR", "NOT", "*", "?", "~2", "^3", ":", "\"", "(", ")", "[1 TO *]",
                        "{!x}", "\\", "/re/", "&&", "||", "!", "+", "-", "title:x", "%00", "%ZZ", "<b>", "${x}",
                        "../../etc/passwd")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12)), // any UTF-16 units at all
                Tuple.of(1, Combinators.combine(Arbitraries.of("w", "Kosovo ", "é", "\u0301", " ", ".", "?\n"),
                        Arbitraries.integers().between(1, 2600)).as(String::repeat))); // long runs
    }

    /** Text of zero to eight pieces. */
    static Arbitrary<String> text() {
        return piece().list().ofMaxSize(7).map(pieces -> String.join(" ", pieces));
    }

    // ---------- numbers ----------

    static Arbitrary<String> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("0", "-0", "1", "-1", "5", "50", "51", "1.5", "-1.5e3", "1e309", "-1e309",
                        "1e-400", "9223372036854775808", "-9223372036854775809", "2147483648", "0.0000001", "1E2",
                        "123456789012345678901234567890123456789012345678901234567890")),
                Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(400).negate(),
                        java.math.BigInteger.TEN.pow(400)).map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf).filter(s -> !s.contains("N") && !s.contains("I"))));
    }

    // ---------- JSON ----------

    static Arbitrary<Json> scalar() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(new Json.Null())),
                Tuple.of(1, Arbitraries.of(true, false).map(Json.Bool::new)),
                Tuple.of(2, number().map(Json.Num::new)),
                Tuple.of(3, text().map(Json.Str::new)));
    }

    /** Any JSON value, nested up to {@code depth} levels, sometimes thousands deep in one step. */
    static Arbitrary<Json> value(int depth) {
        if (depth <= 0) {
            return scalar();
        }
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalar()),
                Tuple.of(1, Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(Json.Arr::new)),
                Tuple.of(1, Combinators.combine(key(), Arbitraries.lazy(() -> value(depth - 1)))
                        .as(Map::entry).list().ofMaxSize(4).map(Json.Obj::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.of(true, false),
                        scalar()).as(Json.Deep::new)));
    }

    static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("question", "claim", "text", "mode", "history",
                "role", "content", "k", "x", "")), Tuple.of(1, text()));
    }

    /** A field expecting text: mostly text, sometimes null, sometimes any other JSON value. */
    static Arbitrary<Json> textField(Arbitrary<String> text) {
        return Arbitraries.frequencyOf(Tuple.of(6, text.map(Json.Str::new)), Tuple.of(1, Arbitraries.just(new Json.Null())),
                Tuple.of(2, value(2)));
    }

    static Arbitrary<Json> turn() {
        Arbitrary<Json> role = textField(Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("user", "assistant")),
                Tuple.of(1, text())));
        Arbitrary<Json> regular = Combinators.combine(role, textField(text()), extras())
                .as((r, c, extra) -> object(List.of(Map.entry("role", r), Map.entry("content", c)), extra));
        return Arbitraries.frequencyOf(Tuple.of(5, regular), Tuple.of(1, value(2)));
    }

    static Arbitrary<Json> history() {
        return Arbitraries.frequencyOf(Tuple.of(5, turn().list().ofMaxSize(22).map(Json.Arr::new)),
                Tuple.of(1, value(2)));
    }

    /** Unknown keys, sometimes a known key again (a duplicate). */
    static Arbitrary<List<Map.Entry<String, Json>>> extras() {
        return Combinators.combine(key(), value(2)).as(Map::entry).list().ofMaxSize(2);
    }

    private static Json object(List<Map.Entry<String, Json>> fields, List<Map.Entry<String, Json>> extra) {
        List<Map.Entry<String, Json>> entries = new ArrayList<>(fields.size() + extra.size());
        fields.stream().filter(e -> !(e.getValue() instanceof Omitted)).forEach(entries::add);
        entries.addAll(extra);
        return new Json.Obj(entries);
    }

    /** A field left out of its object. */
    record Omitted() implements Json {
        public String write() {
            throw new UnsupportedOperationException("omitted fields are not written");
        }
    }

    static Arbitrary<Json> maybe(Arbitrary<Json> field, int weightPresent) {
        return Arbitraries.frequencyOf(Tuple.of(weightPresent, field), Tuple.of(1, Arbitraries.just(new Omitted())));
    }

    // ---------- request bodies ----------

    /** The body of /api/ask and /api/ask/stream. */
    static Arbitrary<Body> askBody() {
        Arbitrary<Json> mode = textField(Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("auto", "model",
                "extractive", "AUTO", " extractive ", "")), Tuple.of(1, text())));
        Arbitrary<Json> object = Combinators.combine(maybe(textField(text()), 8), maybe(mode, 1), maybe(history(), 1),
                extras()).as((q, m, h, extra) -> object(List.of(Map.entry("question", q), Map.entry("mode", m),
                Map.entry("history", h)), extra));
        return body(object);
    }

    static Arbitrary<Body> verifyBody() {
        return body(Combinators.combine(maybe(textField(text()), 8), extras())
                .as((c, extra) -> object(List.of(Map.entry("claim", c)), extra)));
    }

    static Arbitrary<Body> verifyTextBody() {
        return body(Combinators.combine(maybe(textField(text().list().ofMaxSize(6).map(s -> String.join(". ", s))), 8),
                extras()).as((t, extra) -> object(List.of(Map.entry("text", t)), extra)));
    }

    /** The object, or the object cut short, or some other JSON value, or deep nesting. */
    private static Arbitrary<Body> body(Arbitrary<Json> object) {
        Arbitrary<Body> whole = object.map(json -> new Body(json, Integer.MAX_VALUE));
        Arbitrary<Body> cut = Combinators.combine(object, Arbitraries.integers().between(0, 200)).as(Body::new);
        Arbitrary<Body> other = value(3).map(json -> new Body(json, Integer.MAX_VALUE));
        return Arbitraries.frequencyOf(Tuple.of(12, whole), Tuple.of(1, cut), Tuple.of(2, other));
    }

    /** A request body: a JSON value written out, then cut after {@code cutAt} characters. */
    record Body(Json json, int cutAt) {
        String text() {
            String written = json.write();
            return cutAt < written.length() ? written.substring(0, cutAt) : written;
        }

        @Override
        public String toString() {
            String t = text();
            return t.length() > 300 ? t.substring(0, 300) + "…(" + t.length() + " chars)" : t;
        }
    }

    /** Bytes that are not JSON or not UTF-8: random bytes, or a question holding them. */
    static Arbitrary<byte[]> rawBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> inString = Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0xae},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
                        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {0})
                .list().ofMinSize(1).ofMaxSize(5).map(parts -> {
                    var out = new java.io.ByteArrayOutputStream();
                    out.writeBytes("{\"question\":\"Who".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    parts.forEach(out::writeBytes);
                    out.writeBytes("\",\"claim\":\"x\",\"text\":\"y\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    return out.toByteArray();
                });
        return Arbitraries.oneOf(random, inString);
    }

    static Arbitrary<String> contentType() {
        return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.of("application/json; charset=UTF-8", "application/json; charset=latin1",
                        "text/plain", "application/x-www-form-urlencoded", "application/xml", "*/*",
                        "application/json; charset=nonsense", "")));
    }

    // ---------- query strings and paths ----------

    /** A query parameter value as it appears in the URL: percent-encoded UTF-8, or raw junk. */
    static Arbitrary<String> queryValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, text().map(Inputs::percentEncode)),
                Tuple.of(2, number().map(Inputs::percentEncode)),
                Tuple.of(1, Arbitraries.of("%", "%Z", "%ZZ", "%ED%A0%80", "%C0%AE", "%FF", "%00", "+", "%2B", "a&b=c",
                        "bm25", "vector", "hybrid", "BM25", "")));
    }

    static Arbitrary<String> pathSegment() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, text().filter(t -> !t.isEmpty()).map(Inputs::percentEncode)),
                Tuple.of(1, Arbitraries.of("kosovo-foreign-relations", "..%2F..%2Fpom.xml", "%2e%2e", "corpus%2Fx.txt",
                        "%00", "a%2Fb", "%c0%ae%c0%ae%2f", "%ED%A0%80", "x".repeat(3000), "%", ".", "..")));
    }

    /** UTF-8 percent-encoding of everything but unreserved characters; unpaired surrogates become '?'. */
    static String percentEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append(String.format("%%%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
