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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.judgement.JudgementService;
import org.inspectra.api.judgement.JudgementStanding;
import org.inspectra.api.security.Caller;
import org.inspectra.rest.cache.SerialisedValues;
import org.inspectra.rest.http.EntityTags;
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

    /** Inspections whose judgements' JSON is kept: a few KB each. */
    static final int KEPT = 5_000;

    private final JudgementService judgements;
    private final SerialisedValues<List<JudgementStanding>> written =
            new SerialisedValues<>(standings -> standings.stream().map(JudgementView::of).toList(), KEPT);

    public JudgementsResource(JudgementService judgements) {
        this.judgements = judgements;
    }

    @PUT
    @Path("{judgementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grade a judgement; the answer lists the soft rules the grades now break")
    public JudgementView.GradedView grade(@PathParam("id") String id, @PathParam("judgementId") String judgementId,
                                          @NotNull @Valid GradeBody body, @Context SecurityContext security,
                                          @Context HttpHeaders headers) {
        Caller caller = Callers.of(security);
        Long expected = body.version();
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            expected = EntityTags.requireMatch(headers, one(id, judgementId, caller).version()).orElse(expected);
        }
        return JudgementView.GradedView.of(judgements.grade(id, judgementId, body.grade(), body.rationale(),
                body.acceptWarnings(), expected, caller));
    }

    @GET
    @Path("{judgementId}")
    @Operation(summary = "One judgement with its grade and the rules that bind or warn on it; its ETag is the "
            + "version to send back in If-Match")
    public JudgementView get(@PathParam("id") String id, @PathParam("judgementId") String judgementId,
                             @Context SecurityContext security) {
        return one(id, judgementId, Callers.of(security));
    }

    private JudgementView one(String id, String judgementId, Caller caller) {
        return judgements.standings(id, caller).stream().filter(s -> s.judgement().id().equals(judgementId))
                .findFirst().map(JudgementView::of)
                .orElseThrow(() -> new NotFoundException("No judgement " + judgementId + " in inspection " + id));
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
    @Operation(summary = "Each judgement with its grade and the rules that bind or warn on it now",
            responses = @ApiResponse(responseCode = "200", description = "The judgements",
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = JudgementView.class)))))
    public Response list(@PathParam("id") String id, @Context SecurityContext security) {
        // Core answers unchanged standings as the same list; their JSON is then the JSON written before.
        return Response.ok(written.json(id, judgements.standings(id, Callers.of(security))),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
