package org.citeqa.model;

import java.util.List;
import org.citeqa.answer.Turn;

/** A validated question with its mode and the conversation before it. */
public record AskCommand(String question, AskMode mode, List<Turn> history) {}
