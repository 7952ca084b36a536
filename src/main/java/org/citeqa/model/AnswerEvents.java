package org.citeqa.model;

import java.util.List;

/**
 * Where a streamed answer's progress goes before the final answer: the passages, pieces of answer text, and
 * a reset when the text streamed so far is abandoned for the extractive fallback.
 */
public interface AnswerEvents {

    /** For /api/ask: nothing is streamed and the model is asked for its whole reply at once. */
    AnswerEvents NONE = new AnswerEvents() {
        @Override
        public boolean streaming() {
            return false;
        }

        @Override
        public void passages(List<Passage> passages) {
        }

        @Override
        public void delta(String text) {
        }

        @Override
        public void reset(FallbackReason reason) {
        }
    };

    boolean streaming();

    void passages(List<Passage> passages);

    void delta(String text);

    void reset(FallbackReason reason);
}
