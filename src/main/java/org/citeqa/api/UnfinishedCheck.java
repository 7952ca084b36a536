package org.citeqa.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.citeqa.verify.TextVerification;
import org.citeqa.verify.TimeBudgetExceeded;
import org.citeqa.verify.Verdict;

/**
 * The problem for a text whose time budget ran out (503), extended (RFC 9457 extension members) with what was
 * done: {@code checked} of {@code total} sentences, those sentences exactly as /api/verify/text gives them, and
 * their counts. A client can show the work done and say why the rest is missing.
 */
public record UnfinishedCheck(String type, String title, int status, String detail, int checked, int total,
                              List<TextVerification.ClaimSentence> sentences, Map<Verdict, Integer> counts) {

    static UnfinishedCheck of(TimeBudgetExceeded e) {
        Problem p = Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        TextVerification done = e.done();
        return new UnfinishedCheck(p.type(), p.title(), p.status(), p.detail(), done.sentences().size(), e.total(),
                done.sentences(), done.counts());
    }

    Response toResponse() {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(this).header("Retry-After", "10").build();
    }
}
