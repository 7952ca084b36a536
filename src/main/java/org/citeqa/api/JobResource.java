package org.citeqa.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citeqa.ingest.IngestJob;
import org.citeqa.ingest.IngestService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How far a write got: state (queued, running, done, failed), phase, documents and passages done of total, error. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final IngestService ingest;

    public JobResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The state and progress of an add, replace or delete")
    public IngestJob.Status get(@PathParam("id") String id) {
        return ingest.job(id).map(IngestJob::status)
                .orElseThrow(() -> ApiException.notFound("No job has the id '" + id + "' (finished jobs are kept a while)."));
    }
}
