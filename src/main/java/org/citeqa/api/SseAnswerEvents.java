package org.citeqa.api;

import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.Map;
import org.citeqa.model.AnswerEvents;
import org.citeqa.model.AnswerResponse;
import org.citeqa.model.FallbackReason;
import org.citeqa.model.Passage;

/** Writes an answer's progress as named server-sent events with JSON data. */
final class SseAnswerEvents implements AnswerEvents {

    private final Sse sse;
    private final MultiEmitter<? super OutboundSseEvent> emitter;

    SseAnswerEvents(Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
        this.sse = sse;
        this.emitter = emitter;
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public void passages(List<Passage> passages) {
        emit("passages", Map.of("passages", passages));
    }

    @Override
    public void delta(String text) {
        emit("delta", Map.of("text", text));
    }

    @Override
    public void reset(FallbackReason reason) {
        emit("reset", Map.of("fallbackReason", reason));
    }

    void answer(AnswerResponse response) {
        emit("answer", response);
    }

    /** The answer failed after the stream began: the problem, as an {@code error} event. */
    void error(Problem problem) {
        emit("error", problem);
    }

    private void emit(String name, Object data) {
        emitter.emit(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build());
    }
}
