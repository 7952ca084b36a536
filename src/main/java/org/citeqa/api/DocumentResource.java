package org.citeqa.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.DocumentOrigin;
import org.citeqa.corpus.PageSpan;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.ingest.IngestJob;
import org.citeqa.ingest.IngestService;
import org.citeqa.ingest.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The documents, by id; ids are looked up in memory, never resolved as file paths. Reading is open; adding,
 * replacing and removing need the admin token and answer 202 with the job that does the work.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    /** {@code format}: pdf, html, docx, odt, rtf, epub, txt or md; {@code pages}: 0 without pages. */
    public record Summary(String id, String title, String source, int length, String format, int pages, long bytes,
                          Instant added, boolean uploaded) {
        static Summary of(Document d, DocumentOrigin origin) {
            return new Summary(d.id(), d.title(), d.source(), d.text().length(), d.format(), d.pageCount(),
                    origin == null ? 0 : origin.bytes(), origin == null ? null : origin.added(),
                    origin != null && origin.uploaded());
        }
    }

    /** {@code pageSpans}: which page each character range of {@code text} comes from (PDFs only). */
    public record Full(String id, String title, String source, String text, String format, int pages,
                       List<PageSpan> pageSpans) {}

    private final CorpusIndex index;
    private final IngestService ingest;
    private final AdminAuth auth;
    private final ApiConfig api;

    public DocumentResource(CorpusIndex index, IngestService ingest, AdminAuth auth, ApiConfig api) {
        this.index = index;
        this.ingest = ingest;
        this.auth = auth;
        this.api = api;
    }

    /** @return every document's id, title, source and length, in corpus order */
    @GET
    @Operation(summary = "All documents of the corpus, with format, pages, size and when each was added")
    public List<Summary> list() {
        IndexedCorpus corpus = index.await(api.indexWait());
        return corpus.orderedDocuments().stream().map(d -> Summary.of(d, corpus.origins().get(d.id()))).toList();
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
        return new Full(doc.id(), doc.title(), doc.source(), doc.text(), doc.format(), doc.pageCount(), doc.pages());
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add documents (multipart parts named 'file'; optional 'id', 'title', 'source'); admin token")
    public Response add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @RestForm("file") List<FileUpload> files, @RestForm("id") String id,
                        @RestForm("title") String title, @RestForm("source") String source) {
        auth.require(authorization);
        return accepted(ingest.submit(uploads(files), blankToNull(id), title, source, false));
    }

    @PUT
    @Path("/{id}")
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace (or create) the document with this id from one uploaded 'file'; admin token")
    public Response replace(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
                            @RestForm("file") List<FileUpload> files, @RestForm("title") String title,
                            @RestForm("source") String source) {
        auth.require(authorization);
        if (files == null || files.size() != 1) {
            throw ApiException.badRequest("Send exactly one file, as a multipart part named 'file'.");
        }
        return accepted(ingest.submit(uploads(files), id, title, source, true));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove the document with this id; admin token")
    public Response remove(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        auth.require(authorization);
        return accepted(ingest.remove(id));
    }

    private static Response accepted(IngestJob job) {
        return Response.accepted(job.status()).location(URI.create("/api/jobs/" + job.id())).build();
    }

    private static List<Upload> uploads(List<FileUpload> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> new Upload(f.uploadedFile(), f.fileName(), f.size())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
