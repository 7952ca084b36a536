package org.citeqa.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words what is wrong with a request body that is not JSON of the expected shape, and where: the
 * line and column when the parser knows them, the field's path ({@code history[0].content}) when the value has
 * the wrong type. Nothing of the JSON library (its class names, token names or source descriptions) reaches the
 * client.
 */
final class JsonErrors {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)");
    private static final Pattern ILLEGAL_CHAR = Pattern.compile("(?:Illegal unquoted character|Illegal character) "
            + "\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) [\"'](.*?)[\"']",
            Pattern.DOTALL);
    /** How the library names the kind of value it was given, in its messages about a value of the wrong type. */
    private static final Pattern GIVEN = Pattern.compile("(?:Cannot coerce|from) (empty String|Integer|Float|Floating-point"
            + "|Number|Boolean|String|Array|Object) value(?: \\((true|false)\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("Trailing token \\(of type ([A-Z_]+)\\)");
    private static final Pattern BAD_ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
    private static final Pattern TOKEN = Pattern.compile("JsonToken\\.([A-Z_]+)");

    private JsonErrors() {
    }

    /** A sentence for a body that is not valid JSON, or valid JSON of the wrong shape. */
    static String describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException parse) {
            return describe(parse); // a syntax error met while mapping a field
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongShape(mismatch);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "The field '" + path(mapping.getPath()) + "' has a value of the wrong kind.";
        }
        return "The request body is not valid JSON: " + problem(e) + where(e.getLocation()) + ".";
    }

    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return message.contains("nesting depth") ? "it is nested too deeply" : "a number or text in it is too long";
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "it ends before its last object, list or text is closed";
        }
        Matcher m = TRAILING.matcher(message);
        if (m.find()) {
            return "something follows the end of the JSON value";
        }
        m = DUPLICATE.matcher(message);
        if (m.find()) {
            return "the field '" + shorten(m.group(1)) + "' is given twice";
        }
        m = ILLEGAL_CHAR.matcher(message);
        if (m.find()) {
            return "a control character (" + codePoint(Integer.parseInt(m.group(1))) + ") must be escaped inside text";
        }
        m = UNEXPECTED_CHAR.matcher(message);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            return "unexpected " + (Character.isISOControl(code) || Character.isWhitespace(code)
                    ? "character " + codePoint(code) : "'" + m.group(1) + "'") + expectation(message);
        }
        m = UNRECOGNIZED_TOKEN.matcher(message);
        if (m.find()) {
            return "unexpected word '" + shorten(m.group(1)) + "' (text must be in double quotes)";
        }
        m = BAD_ESCAPE.matcher(message);
        if (m.find()) {
            return "'\\" + m.group(1) + "' is not an escape JSON allows inside text";
        }
        if (message.contains("Invalid UTF-8") || message.contains("Invalid UTF-32")) {
            return "it is not valid UTF-8";
        }
        if (message.contains("Unexpected close marker")) {
            return "a closing bracket does not match what it closes";
        }
        if (message.contains("out of range") || message.contains("Numeric value")) {
            return "a number is out of range";
        }
        if (message.contains("numeric value") || message.contains("Leading zeroes")) {
            return "a number is not written as JSON allows";
        }
        if (message.contains("surrogate")) {
            return "it holds half of a character (an unpaired surrogate)";
        }
        return "it cannot be read";
    }

    private static String expectation(String message) {
        if (message.contains("was expecting double-quote to start field name")) {
            return " where a field name in double quotes should start";
        }
        if (message.contains("was expecting comma to separate Object entries")) {
            return " where a comma or '}' should follow";
        }
        if (message.contains("was expecting comma to separate Array entries")) {
            return " where a comma or ']' should follow";
        }
        if (message.contains("was expecting a colon")) {
            return " where a colon should follow the field name";
        }
        return "";
    }

    private static String wrongShape(MismatchedInputException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("No content to map")) {
            return "The request body is empty; send a JSON object.";
        }
        Matcher trailing = TRAILING.matcher(message);
        if (trailing.find()) {
            return "The request body is not valid JSON: something follows the end of the JSON value"
                    + where(e.getLocation()) + ".";
        }
        if (e.getPath().isEmpty()) {
            return "The request body must be a JSON object.";
        }
        String expected = expectedKind(e.getTargetType());
        Matcher token = TOKEN.matcher(message);
        Matcher named = GIVEN.matcher(message);
        String given = token.find() ? givenKind(token.group(1)) : named.find() ? namedKind(named.group(1), named.group(2))
                : null;
        return "The field '" + path(e.getPath()) + "' must be " + expected + (given == null ? "" : "; it is " + given)
                + ".";
    }

    private static String expectedKind(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String givenKind(String token) {
        return switch (token) {
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> token.equals("VALUE_TRUE") ? "true" : "false";
            case "VALUE_STRING" -> "text";
            case "START_ARRAY" -> "a list";
            case "START_OBJECT" -> "an object";
            case "VALUE_NULL" -> "null";
            default -> null;
        };
    }

    private static String namedKind(String name, String value) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "integer", "float", "floating-point", "number" -> "a number";
            case "boolean" -> value != null ? value : "true or false";
            case "string", "empty string" -> "text";
            case "array" -> "a list";
            default -> "an object";
        };
    }

    /** {@code history[0].content} from the parser's path of field names and list positions. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(shorten(ref.getFieldName()));
            }
        }
        return path.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "")
                + ")";
    }

    private static String codePoint(int code) {
        return String.format("U+%04X", code);
    }

    /** Echoed input is cut and stripped of control characters, so an error message stays one short line. */
    private static String shorten(String text) {
        String clean = text.codePoints().map(cp -> Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
