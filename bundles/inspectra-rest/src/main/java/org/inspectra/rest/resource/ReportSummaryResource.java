package org.inspectra.rest.resource;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.report.ReportSummaryService;
import org.inspectra.rest.representation.StepBody;
import org.inspectra.rest.representation.SummaryAnswerView;
import org.inspectra.rest.security.Callers;

/** The summary on the report's first page, answering the framework's questions one by one (000 §211). */
@Path("inspections/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = "basic")
public final class ReportSummaryResource {

    private final ReportSummaryService summary;

    public ReportSummaryResource(ReportSummaryService summary) {
        this.summary = summary;
    }

    @GET
    @Operation(summary = "The questions the report's summary answers, with the answers written so far; the team")
    public List<SummaryAnswerView> answers(@PathParam("id") String id, @Context SecurityContext security) {
        return summary.answers(id, Callers.of(security)).stream().map(SummaryAnswerView::of).toList();
    }

    @PUT
    @Path("{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one question of the summary (text; blank clears it); the lead inspector")
    public SummaryAnswerView answer(@PathParam("id") String id, @PathParam("questionId") String questionId,
                                    @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return SummaryAnswerView.of(summary.answer(id, questionId, body.text(), Callers.of(security)));
    }
}
