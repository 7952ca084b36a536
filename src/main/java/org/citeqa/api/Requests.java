package org.citeqa.api;

import java.util.List;
import org.citeqa.answer.Turn;
import org.citeqa.model.AskCommand;
import org.citeqa.model.AskMode;

/** Validation shared by the resources, so every endpoint words its errors the same way. */
final class Requests {

    static final int MAX_QUESTION_CHARS = 2000;
    static final int MAX_TURNS = 20;
    static final int MAX_TURN_CHARS = 4000;

    private Requests() {
    }

    /** The question, trimmed; 400 when missing, blank, too long or not valid Unicode. */
    static String question(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required and must not be blank.");
        }
        requireValidUnicode(value, name);
        String trimmed = value.strip();
        if (trimmed.length() > MAX_QUESTION_CHARS) {
            throw ApiException.badRequest("'" + name + "' must be at most " + MAX_QUESTION_CHARS
                    + " characters; it has " + trimmed.length() + ".");
        }
        return trimmed;
    }

    /** A text kept as sent, so that offsets into it stay true; 400 when missing, blank, too long or not valid Unicode. */
    static String text(String value, String name, int maxChars) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("'" + name + "' is required and must not be blank.");
        }
        requireValidUnicode(value, name);
        if (value.length() > maxChars) {
            throw ApiException.badRequest("'" + name + "' must be at most " + maxChars + " characters; it has "
                    + value.length() + ".");
        }
        return value;
    }

    /**
     * 400 when the text holds half of a UTF-16 surrogate pair ({@code "\ud800"} is valid JSON but no character):
     * it cannot be shown, quoted or embedded, and a client that sends one has cut a character in two.
     */
    static void requireValidUnicode(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiException.badRequest("'" + name + "' holds half of a character (an unpaired UTF-16 surrogate, "
                        + String.format("\\u%04x", (int) c) + ") at position " + i + "; send whole characters.");
            }
        }
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

    /** auto when absent; 400 for anything but auto, model or extractive. */
    static AskMode mode(String value) {
        if (value == null) {
            return AskMode.AUTO;
        }
        return AskMode.parse(value.strip()).orElseThrow(() -> ApiException.badRequest(
                "'mode' must be one of auto, model or extractive."));
    }

    /** The conversation, empty when absent; 400 when too long or a turn is malformed. */
    static List<Turn> history(List<Turn> value) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > MAX_TURNS) {
            throw ApiException.badRequest("'history' may hold at most " + MAX_TURNS + " turns; it has "
                    + value.size() + ".");
        }
        for (int i = 0; i < value.size(); i++) {
            Turn turn = value.get(i);
            if (turn == null || !(Turn.USER.equals(turn.role()) || Turn.ASSISTANT.equals(turn.role()))) {
                throw ApiException.badRequest("'history[" + i + "].role' must be user or assistant.");
            }
            if (turn.content() == null || turn.content().isBlank()) {
                throw ApiException.badRequest("'history[" + i + "].content' is required and must not be blank.");
            }
            requireValidUnicode(turn.content(), "history[" + i + "].content");
            if (turn.content().length() > MAX_TURN_CHARS) {
                throw ApiException.badRequest("'history[" + i + "].content' must be at most " + MAX_TURN_CHARS
                        + " characters; it has " + turn.content().length() + ".");
            }
        }
        return List.copyOf(value);
    }

    /** The whole body of an ask request, validated. */
    static AskCommand ask(AskRequest request) {
        String question = question(request == null ? null : request.question(), "question");
        return new AskCommand(question, mode(request.mode()), history(request.history()));
    }
}
