package org.citeqa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The compact answer or claim card at /embed, meant for an iframe (see /embed.js); the card's script reads the query. */
@Path("/embed")
public class EmbedResource {

    private static final String PAGE = "web/embed.html";

    private final byte[] html = load();

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public Response page() {
        // Gzipped for a browser that takes it (quarkus.http.compress-media-types): say so to shared caches.
        return Response.ok(html).header("Cache-Control", "no-cache").header("Vary", "Accept-Encoding").build();
    }

    private static byte[] load() {
        try (InputStream in = EmbedResource.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException(PAGE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
