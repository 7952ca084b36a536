package org.citeqa.api;

import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import org.citeqa.chunk.Span;
import org.citeqa.verify.TextVerification;
import org.citeqa.verify.TextVerifier;
import org.citeqa.verify.Verification;

/**
 * Writes a paragraph check as named server-sent events with JSON data: {@code sentences} (the spans to check),
 * a {@code sentence} per checked sentence, then {@code result}, or {@code error} with a problem.
 */
final class SseTextEvents implements TextVerifier.Progress {

    private final Sse sse;
    private final MultiEmitter<? super OutboundSseEvent> emitter;
    private final UsageMetrics metrics;

    SseTextEvents(Sse sse, MultiEmitter<? super OutboundSseEvent> emitter, UsageMetrics metrics) {
        this.sse = sse;
        this.emitter = emitter;
        this.metrics = metrics;
    }

    @Override
    public void planned(List<Span> sentences) {
        emit("sentences", new Planned(sentences.size(), sentences));
    }

    @Override
    public void checked(int index, TextVerification.ClaimSentence sentence) {
        metrics.verified(sentence.result());
        emit("sentence", new Checked(index, sentence.start(), sentence.end(), sentence.text(), sentence.result()));
    }

    @Override
    public boolean abandoned() {
        return emitter.isCancelled();
    }

    void result(TextVerification verification) {
        emit("result", verification);
    }

    void error(Object problem) {
        emit("error", problem);
    }

    private void emit(String name, Object data) {
        emitter.emit(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
    }

    /** The sentences to be checked (a record, so that {@code total} always comes first). */
    record Planned(int total, List<Span> sentences) {}

    /** One checked sentence and its place in the text's order (from 0). */
    record Checked(int index, int start, int end, String text, Verification result) {}
}
