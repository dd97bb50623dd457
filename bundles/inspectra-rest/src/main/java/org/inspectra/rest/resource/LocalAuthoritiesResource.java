package org.inspectra.rest.resource;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.authority.LocalAuthorityChange;
import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.authority.PathwayService;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.LocalAuthorityBody;
import org.inspectra.rest.representation.PathwayView;
import org.inspectra.rest.security.Callers;

/** Local authorities (API.md, Local authorities). */
@Path("local-authorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "local authorities")
@SecurityRequirement(name = "basic")
public final class LocalAuthoritiesResource {

    private final LocalAuthorityService authorities;
    private final PathwayService pathways;

    public LocalAuthoritiesResource(LocalAuthorityService authorities, PathwayService pathways) {
        this.authorities = authorities;
        this.pathways = pathways;
    }

    @GET
    @Path("{code}/pathway")
    @Operation(summary = "The ILACS pathway (1, 2 or 3) from the last graded outcome, with the window of the next "
            + "inspection or visits (000 §13-24)")
    public PathwayView pathway(@PathParam("code") String code, @Context SecurityContext security) {
        return PathwayView.of(pathways.pathway(code, Callers.of(security)));
    }

    @GET
    @Operation(summary = "The local authorities, by code, paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of local authorities",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = LocalAuthority.class)))))
    public Response list(
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        Callers.of(security);
        return Paging.ok(authorities.list(PageParameters.request(limit, cursor)), uri);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One local authority")
    public LocalAuthority get(@PathParam("code") String code, @Context SecurityContext security) {
        Callers.of(security);
        return authorities.find(code).orElseThrow(() -> new NotFoundException("No local authority " + code));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create (201) or rename (200) a local authority; administrators only")
    public Response put(@PathParam("code") String code, @NotNull @Valid LocalAuthorityBody body,
                        @Context SecurityContext security, @Context UriInfo uri) {
        LocalAuthorityChange change = authorities.createOrRename(code, body.name(), Callers.of(security));
        return change.created()
                ? Response.created(uri.getAbsolutePath()).entity(change.authority()).build()
                : Response.ok(change.authority()).build();
    }
}
