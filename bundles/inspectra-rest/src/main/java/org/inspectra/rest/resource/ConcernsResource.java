package org.inspectra.rest.resource;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.concern.Concern;
import org.inspectra.api.concern.ConcernService;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.ConcernBody;
import org.inspectra.rest.representation.ConcernView;
import org.inspectra.rest.representation.StepBody;
import org.inspectra.rest.security.Callers;

/**
 * Concern referrals (API.md, Concerns; {@code 003 §74}, Annex C): referred and evaluated by the team, answered by the
 * authority's link person, signed off by the DCS (through the link person) and the lead inspector.
 */
@Path("inspections/{id}/concerns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "concerns")
@SecurityRequirement(name = "basic")
public final class ConcernsResource {

    private final ConcernService concerns;

    public ConcernsResource(ConcernService concerns) {
        this.concerns = concerns;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a concern (category 1 or 2) to the local authority")
    public Response refer(@PathParam("id") String id, @NotNull @Valid ConcernBody body,
                          @Context SecurityContext security, @Context UriInfo uri) {
        Concern concern = concerns.refer(id, body.toReferral(), Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(concern.id()).build())
                .entity(ConcernView.of(concern)).build();
    }

    @GET
    @Operation(summary = "The inspection's concerns, for its team and the authority's link people; oldest referral "
            + "first, paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of concerns",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = ConcernView.class)))))
    public Response list(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        return Paging.ok(concerns.list(id, PageParameters.request(limit, cursor), Callers.of(security)), ConcernView::of, uri);
    }

    @GET
    @Path("{concernId}")
    @Operation(summary = "One concern with its workflow so far")
    public ConcernView get(@PathParam("id") String id, @PathParam("concernId") String concernId,
                           @Context SecurityContext security) {
        return ConcernView.of(concerns.find(id, concernId, Callers.of(security)));
    }

    @PUT
    @Path("{concernId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The local authority's written response (its link person)")
    public ConcernView respond(@PathParam("id") String id, @PathParam("concernId") String concernId,
                               @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return ConcernView.of(concerns.respond(id, concernId, body.text(), body.version(), Callers.of(security)));
    }

    @PUT
    @Path("{concernId}/evaluation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The inspector's evaluation of the response (the team)")
    public ConcernView evaluate(@PathParam("id") String id, @PathParam("concernId") String concernId,
                                @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return ConcernView.of(concerns.evaluate(id, concernId, body.text(), body.version(), Callers.of(security)));
    }

    @PUT
    @Path("{concernId}/sign-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign-off: the link person signs for the DCS, the lead inspector for the inspection; "
            + "signed off by both, the concern is read-only")
    public ConcernView signOff(@PathParam("id") String id, @PathParam("concernId") String concernId,
                               @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return ConcernView.of(concerns.signOff(id, concernId, body.text(), body.version(), Callers.of(security)));
    }
}
