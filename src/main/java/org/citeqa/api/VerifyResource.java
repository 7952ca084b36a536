package org.citeqa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citeqa.index.CorpusIndex;
import org.citeqa.verify.ClaimVerifier;
import org.citeqa.verify.TextVerification;
import org.citeqa.verify.TextVerifier;
import org.citeqa.verify.Verification;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/verify")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

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
}
