package org.citeqa.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.citeqa.corpus.Document;
import org.citeqa.index.CorpusIndex;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The documents, by id; ids are looked up in memory, never resolved as file paths. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    public record Summary(String id, String title, String source, int length) {}

    public record Full(String id, String title, String source, String text) {}

    private final CorpusIndex index;
    private final ApiConfig api;

    public DocumentResource(CorpusIndex index, ApiConfig api) {
        this.index = index;
        this.api = api;
    }

    /** @return every document's id, title, source and length, in corpus order */
    @GET
    @Operation(summary = "All documents of the corpus")
    public List<Summary> list() {
        return index.await(api.indexWait()).orderedDocuments().stream()
                .map(d -> new Summary(d.id(), d.title(), d.source(), d.text().length())).toList();
    }

    /**
     * @return the document with its canonical text, into which every citation's offsets point
     * @throws ApiException (404) when no document has this id
     */
    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its canonical text, into which every citation's offsets point")
    public Full get(@PathParam("id") String id) {
        Document doc = index.await(api.indexWait()).document(id)
                .orElseThrow(() -> ApiException.notFound("No document has the id '" + id + "'."));
        return new Full(doc.id(), doc.title(), doc.source(), doc.text());
    }
}
