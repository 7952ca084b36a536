package org.citeqa.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} with the methods the path itself allows, the same list a 405 there gives. The framework's
 * own answer lists every method of the resource class and adds {@code HEAD} everywhere, so a client that trusted it
 * got 405 for {@code HEAD /api/ask} and {@code POST /api/documents/{id}}. A CORS preflight is left to the CORS filter.
 */
public class OptionsAnswer {

    private final AllowedMethods allowed;

    public OptionsAnswer(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<RestResponse<Void>> answer(ContainerRequestContext request) {
        boolean preflight = request.getHeaderString("Access-Control-Request-Method") != null;
        if (!"OPTIONS".equals(request.getMethod()) || preflight) {
            return Optional.empty();
        }
        return allowed.at(request.getUriInfo().getRequestUri().getPath())
                .map(methods -> RestResponse.ResponseBuilder.<Void>ok().header("Allow", methods).build());
    }
}
