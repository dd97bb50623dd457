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

import org.inspectra.api.request.InformationRequest;
import org.inspectra.api.request.InformationRequestService;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.InformationRequestBody;
import org.inspectra.rest.representation.InformationRequestView;
import org.inspectra.rest.representation.StepBody;
import org.inspectra.rest.security.Callers;

/** Requests for further information (API.md; {@code 000 §166-168}, Annex B). */
@Path("inspections/{id}/information-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "information requests")
@SecurityRequirement(name = "basic")
public final class InformationRequestsResource {

    private final InformationRequestService requests;

    public InformationRequestsResource(InformationRequestService requests) {
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the local authority for further information (the team)")
    public Response request(@PathParam("id") String id, @NotNull @Valid InformationRequestBody body,
                            @Context SecurityContext security, @Context UriInfo uri) {
        InformationRequest made = requests.request(id, body.requestType(), body.what(), body.why(), body.requiredBy(),
                Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(made.id()).build())
                .entity(InformationRequestView.of(made)).build();
    }

    @GET
    @Operation(summary = "The inspection's requests, for its team and the authority's link people; oldest first, paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of requests",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = InformationRequestView.class)))))
    public Response list(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        return Paging.ok(requests.list(id, PageParameters.request(limit, cursor), Callers.of(security)), InformationRequestView::of, uri);
    }

    @PUT
    @Path("{requestId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The local authority's response (its link person)")
    public InformationRequestView respond(@PathParam("id") String id, @PathParam("requestId") String requestId,
                                          @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return InformationRequestView.of(requests.respond(id, requestId, body.text(), body.version(),
                Callers.of(security)));
    }
}
