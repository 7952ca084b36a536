package org.citeqa.api.fuzz;

import java.util.List;
import java.util.Map;

/**
 * A JSON value as the fuzzer builds it: a tree jqwik can shrink (shorter strings, fewer entries, shallower nesting),
 * written out exactly, including what a JSON library would refuse to write (unpaired surrogates as escapes, the same
 * key twice, numbers too large for any type).
 */
interface Json {

    String write();

    record Null() implements Json {
        public String write() {
            return "null";
        }
    }

    record Bool(boolean value) implements Json {
        public String write() {
            return Boolean.toString(value);
        }
    }

    /** A number as written, so that 1e999, -0 and 400-digit integers reach the server unchanged. */
    record Num(String literal) implements Json {
        public String write() {
            return literal;
        }
    }

    record Str(String value) implements Json {
        public String write() {
            return quote(value);
        }
    }

    record Arr(List<Json> items) implements Json {
        public String write() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "" : ",").append(items.get(i).write());
            }
            return out.append(']').toString();
        }
    }

    /** Entries in order; the same key may come twice. */
    record Obj(List<Map.Entry<String, Json>> entries) implements Json {
        public String write() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < entries.size(); i++) {
                var e = entries.get(i);
                out.append(i == 0 ? "" : ",").append(quote(e.getKey())).append(':').append(e.getValue().write());
            }
            return out.append('}').toString();
        }
    }

    /** {@code depth} nested lists or objects around a value: deep nesting without a deep tree to shrink. */
    record Deep(int depth, boolean objects, Json inner) implements Json {
        public String write() {
            String open = objects ? "{\"d\":" : "[";
            String close = objects ? "}" : "]";
            return open.repeat(depth) + inner.write() + close.repeat(depth);
        }
    }

    /** JSON string syntax: quotes, backslashes, control characters and lone surrogates escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (Character.isSurrogate(c) && !paired && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1))))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
