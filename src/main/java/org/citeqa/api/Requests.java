package org.citeqa.api;

/** Validation shared by the resources, so every endpoint words its errors the same way. */
final class Requests {

    static final int MAX_QUESTION_CHARS = 2000;

    private Requests() {
    }

    /** The question, trimmed; 400 when missing, blank or too long. */
    static String question(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required and must not be blank.");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("'" + name + "' must be at most " + MAX_QUESTION_CHARS
                    + " characters; it has " + trimmed.length() + ".");
        }
        return trimmed;
    }

    /** A text kept as sent, so that offsets into it stay true; 400 when missing, blank or too long. */
    static String text(String value, String name, int maxChars) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required and must not be blank.");
        }
        if (value.length() > maxChars) {
            throw ApiException.badRequest("'" + name + "' must be at most " + maxChars + " characters; it has "
                    + value.length() + ".");
        }
        return value;
    }

    /** A whole number in [min, max], or the default when absent; 400 otherwise. */
    static int intParam(String value, String name, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through to the same message
        }
        throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
}
