package org.citeqa.api;

import jakarta.ws.rs.core.Response;

/** A client error with a message safe to show: becomes a problem+json response. */
public class ApiException extends RuntimeException {

    private final Response.Status status;

    public ApiException(Response.Status status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(Response.Status.BAD_REQUEST, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Response.Status.NOT_FOUND, detail);
    }

    public Response.Status status() {
        return status;
    }
}
