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
import org.citeqa.verify.ClaimVerifier;
import org.citeqa.verify.TextVerification;
import org.citeqa.verify.TextVerifier;
import org.citeqa.verify.TimeBudgetExceeded;
import org.citeqa.verify.Verification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

@Path("/api/verify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private static final Logger LOG = Logger.getLogger(VerifyResource.class);

    static final int MAX_TEXT_CHARS = 20_000;

    private final CorpusIndex index;
    private final ClaimVerifier claims;
    private final TextVerifier texts;
    private final ApiConfig api;
    private final UsageMetrics metrics;

    public VerifyResource(CorpusIndex index, ClaimVerifier claims, TextVerifier texts, ApiConfig api,
                          UsageMetrics metrics) {
        this.metrics = metrics;
        this.index = index;
        this.claims = claims;
        this.texts = texts;
        this.api = api;
    }

    /**
     * Checks one claim against the documents.
     *
     * @return the verdict with its confidence, evidence and explanation
     * @throws ApiException (400) when the claim is missing, blank, over 2,000 characters or not valid Unicode
     * @throws org.citeqa.index.IndexNotReadyException (503) when the index is still being built
     */
    @POST
    @Operation(summary = "Check a statement against the documents: SUPPORTED, REFUTED or NOT_ENOUGH_INFO, with cited evidence")
    public Verification verify(VerifyRequest request) {
        String claim = Requests.question(request == null ? null : request.claim(), "claim");
        Verification verification = claims.verify(index.await(api.indexWait()), claim);
        metrics.verified(verification);
        return verification;
    }

    /**
     * Checks a paragraph sentence by sentence.
     *
     * @return each sentence with its offsets into the submitted text and its verification, and the count per verdict
     * @throws ApiException (400) when the text is missing, blank, over 20,000 characters or not valid Unicode
     * @throws org.citeqa.verify.TimeBudgetExceeded (503 with Retry-After) when checking takes longer than
     *                      {@code citeqa.api.request-budget}
     */
    @POST
    @Path("/text")
    @Operation(summary = "Check a paragraph sentence by sentence; spans are offsets into the submitted text")
    public TextVerification verifyText(VerifyTextRequest request) {
        String text = Requests.text(request == null ? null : request.text(), "text", MAX_TEXT_CHARS);
        TextVerification verification = texts.verify(index.await(api.indexWait()), text, api.requestBudget());
        verification.sentences().forEach(sentence -> metrics.verified(sentence.result()));
        return verification;
    }

    /**
     * The same check as server-sent events: {@code sentences} ({@code total} and the spans to check, in order),
     * then a {@code sentence} event ({@code index}, span, text and {@code result}) as each one is checked, then
     * {@code result} with exactly the /api/verify/text response. When the time budget runs out, an {@code error}
     * event carries the same problem as the plain endpoint's 503 (with the sentences checked so far) and the stream
     * ends. Bad requests are refused with a problem before the stream starts.
     */
    @POST
    @Path("/text/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Check a paragraph sentence by sentence as a stream of server-sent events")
    public Multi<OutboundSseEvent> verifyTextStream(VerifyTextRequest request, @Context Sse sse) {
        String text = Requests.text(request == null ? null : request.text(), "text", MAX_TEXT_CHARS);
        IndexedCorpus corpus = index.await(api.indexWait());
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            SseTextEvents events = new SseTextEvents(sse, emitter, metrics);
            try {
                events.result(texts.verify(corpus, text, api.requestBudget(), events));
            } catch (TimeBudgetExceeded e) {
                events.error(UnfinishedCheck.of(e));
            } catch (RuntimeException e) {
                LOG.error("paragraph check failed", e);
                events.error(Problem.of(500, "The server failed to check this text."));
            }
            emitter.complete();
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
