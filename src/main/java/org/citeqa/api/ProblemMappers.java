package org.citeqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citeqa.index.IndexNotReadyException;
import org.citeqa.index.StoreUnavailableException;
import org.citeqa.ingest.IngestException;
import org.citeqa.verify.TimeBudgetExceeded;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem+json: clear 4xx for bad input, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Where RESTEasy Reactive reads a form body (its multipart parser and the handler that drives it). */
    private static final List<String> FORM_READERS = List.of("org.jboss.resteasy.reactive.server.core.multipart.",
            "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler");

    @ServerExceptionMapper
    public Response apiError(ApiException e) {
        Response response = Problem.of(e.status(), e.getMessage()).toResponse();
        if (e.status() == Response.Status.UNAUTHORIZED) {
            return Response.fromResponse(response).header("WWW-Authenticate", AdminAuth.CHALLENGE).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response ingestError(IngestException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case DUPLICATE -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED -> 415;
            case UNPROCESSABLE -> 422;
        };
        return Problem.of(status, e.getMessage()).toResponse();
    }

    /** A body that is not JSON, or JSON of the wrong shape or types, in plain words (see {@link JsonErrors}). */
    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.of(Response.Status.BAD_REQUEST, JsonErrors.describe(e)).toResponse();
    }

    /** More specific than Quarkus's own mapper for this type, which answers in plain JSON. */
    @ServerExceptionMapper
    public Response wrongJsonShape(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e) {
        Response response = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).toResponse();
        return Response.fromResponse(response).header("Retry-After", "5").build();
    }

    /** The passage store (SolrCloud) is down or slow: the request can be retried, it is not the server's bug. */
    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e) {
        LOG.warn(e.getMessage());
        Response response = Problem.of(Response.Status.SERVICE_UNAVAILABLE, StoreUnavailableException.DETAIL)
                .toResponse();
        return Response.fromResponse(response).header("Retry-After", "5").build();
    }

    /** A 503 that also carries the sentences checked before the budget ran out. */
    @ServerExceptionMapper
    public Response overBudget(TimeBudgetExceeded e) {
        return UnfinishedCheck.of(e).toResponse();
    }

    private final AllowedMethods allowed;

    public ProblemMappers(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerExceptionMapper
    public Response webError(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.of(status, "The server could not handle this request.").toResponse();
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        String detail = switch (status) {
            case 400 -> "The request is malformed; send a JSON object.";
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource cannot produce the requested media type.";
            case 413 -> "The request body is too large.";
            case 415 -> uri != null && uri.getPath().startsWith("/api/documents")
                    ? "Send the files as multipart/form-data, each in a part named 'file'."
                    : "Send the request body as application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder problem = Response.fromResponse(Problem.of(status, detail).toResponse());
        if (status == 405 && uri != null) {
            // A 405 must say which methods the resource allows (RFC 9110, 15.5.6).
            allowed.at(uri.getPath()).ifPresent(methods -> problem.header("Allow", methods));
        }
        return problem.build();
    }

    /**
     * A body that breaks off or does not parse as multipart fails while RESTEasy reads the form, before any resource
     * method runs: the client's error. Any other I/O failure is the server's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        if (Arrays.stream(e.getStackTrace()).anyMatch(f -> FORM_READERS.stream().anyMatch(f.getClassName()::startsWith))) {
            return Problem.of(Response.Status.BAD_REQUEST, "The multipart/form-data body is malformed or cut short"
                    + " (it must end with its closing boundary); send it again whole.").toResponse();
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "The server failed to handle this request.")
                .toResponse();
    }
}
