package org.inspectra.rest.resource;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import org.inspectra.api.judgement.JudgementService;
import org.inspectra.rest.representation.GradeBody;
import org.inspectra.rest.representation.GradeCheckBody;
import org.inspectra.rest.representation.JudgementView;
import org.inspectra.rest.security.Callers;

/** Judgements (API.md, Judgements): 422 off the scale or against a hard rule, 409 where the type grades nothing. */
@Path("inspections/{id}/judgements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "judgements")
@SecurityRequirement(name = "basic")
public final class JudgementsResource {

    private final JudgementService judgements;

    public JudgementsResource(JudgementService judgements) {
        this.judgements = judgements;
    }

    @PUT
    @Path("{judgementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade a judgement; the answer lists the soft rules the grades now break")
    public JudgementView.GradedView grade(@PathParam("id") String id, @PathParam("judgementId") String judgementId,
                                          @NotNull @Valid GradeBody body, @Context SecurityContext security) {
        return JudgementView.GradedView.of(judgements.grade(id, judgementId, body.grade(), body.rationale(),
                body.acceptWarnings(), body.version(), Callers.of(security)));
    }

    @POST
    @Path("{judgementId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What-if: the hard rules that would refuse this grade and the soft rules that would warn, "
            + "with the other grades as they stand; saves nothing")
    public JudgementView.CheckView check(@PathParam("id") String id, @PathParam("judgementId") String judgementId,
                                         @NotNull @Valid GradeCheckBody body, @Context SecurityContext security) {
        return JudgementView.CheckView.of(judgements.check(id, judgementId, body.grade(), Callers.of(security)));
    }

    @GET
    @Operation(summary = "Each judgement with its grade and the rules that bind or warn on it now")
    public List<JudgementView> list(@PathParam("id") String id, @Context SecurityContext security) {
        return judgements.standings(id, Callers.of(security)).stream().map(JudgementView::of).toList();
    }
}
