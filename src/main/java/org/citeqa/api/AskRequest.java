package org.citeqa.api;

import java.util.List;
import org.citeqa.answer.Turn;

/**
 * The body of POST /api/ask and /api/ask/stream: {@code mode} is auto (default), model or extractive;
 * {@code history} the conversation so far, oldest first.
 */
public record AskRequest(String question, String mode, List<Turn> history) {}
