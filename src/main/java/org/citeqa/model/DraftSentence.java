package org.citeqa.model;

import java.util.List;

/** One sentence of the model's raw answer: its text without markers, and the passage numbers it cites. */
record DraftSentence(String text, List<Integer> cited) {}
