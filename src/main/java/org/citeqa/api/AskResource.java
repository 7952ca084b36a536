package org.citeqa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citeqa.answer.Answer;
import org.citeqa.answer.ExtractiveAnswerer;
import org.citeqa.index.CorpusIndex;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/ask")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AskResource {

    private final CorpusIndex index;
    private final ExtractiveAnswerer answerer;
    private final ApiConfig api;

    public AskResource(CorpusIndex index, ExtractiveAnswerer answerer, ApiConfig api) {
        this.index = index;
        this.answerer = answerer;
        this.api = api;
    }

    @POST
    @Operation(summary = "Answer a question from the documents, with numbered citations to exact quotes")
    public Answer ask(AskRequest request) {
        String question = Requests.question(request == null ? null : request.question(), "question");
        return answerer.answer(index.await(api.indexWait()), question);
    }
}
