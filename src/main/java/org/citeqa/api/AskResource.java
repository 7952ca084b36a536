package org.citeqa.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.model.AnswerEvents;
import org.citeqa.model.AnswerResponse;
import org.citeqa.model.AnswerService;
import org.citeqa.model.AskCommand;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/ask")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AskResource {

    private final CorpusIndex index;
    private final AnswerService answers;
    private final ApiConfig api;
    private final UsageMetrics metrics;

    public AskResource(CorpusIndex index, AnswerService answers, ApiConfig api, UsageMetrics metrics) {
        this.metrics = metrics;
        this.index = index;
        this.answers = answers;
        this.api = api;
    }

    /**
     * Answers a question from the documents, by the model when one is configured and asked for, else extractively.
     *
     * @param request the question, the mode (auto, model or extractive) and the conversation so far
     * @return the answer, its numbered citations with exact quotes and offsets, the standalone question it searched
     *         for, and why a model answer fell back, if it did
     * @throws ApiException (400) when the question is missing, blank, too long or not valid Unicode, the mode is
     *                      unknown, or the history is too long or malformed
     * @throws org.citeqa.index.IndexNotReadyException (503) when the index is still being built after
     *                      {@code citeqa.api.index-wait}
     */
    @POST
    @Operation(summary = "Answer a question from the documents, with numbered citations to exact quotes")
    public AnswerResponse ask(AskRequest request) {
        AskCommand ask = Requests.ask(request);
        AnswerResponse response = answers.answer(index.await(api.indexWait()), ask, AnswerEvents.NONE);
        metrics.answered(response);
        return response;
    }

    /**
     * The same answer as server-sent events: {@code passages}, then {@code delta}s of answer text, then
     * {@code answer} with exactly the /api/ask response. A {@code reset} event means the text streamed so far is
     * abandoned (the model failed) and the extractive answer's deltas follow. Bad requests are refused with a
     * problem before the stream starts, as {@link #ask} refuses them.
     */
    @POST
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Answer a question as a stream of server-sent events")
    public Multi<OutboundSseEvent> stream(AskRequest request, @Context Sse sse) {
        AskCommand ask = Requests.ask(request);
        IndexedCorpus corpus = index.await(api.indexWait());
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            SseAnswerEvents events = new SseAnswerEvents(sse, emitter);
            AnswerResponse response = answers.answer(corpus, ask, events);
            metrics.answered(response);
            events.answer(response);
            emitter.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
