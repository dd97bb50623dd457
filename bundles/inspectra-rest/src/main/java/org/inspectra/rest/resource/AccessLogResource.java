package org.inspectra.rest.resource;

import javax.ws.rs.GET;
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

import org.inspectra.api.access.AccessLogService;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.DataAccessView;
import org.inspectra.rest.security.Callers;

/**
 * Who read an inspection's children's data, for administrators: oldest first, paged as API.md's Paging says (a JSON
 * array; {@code limit} up to 500, default 100; a further page announced by {@code Link: <…>; rel="next"}, as every
 * paged list is: {@link Paging}).
 */
@Path("inspections/{id}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class AccessLogResource {

    private final AccessLogService log;

    public AccessLogResource(AccessLogService log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Every read of the inspection's children's rows, chronologies, list rows and data-quality "
            + "findings (who, when, what, which child or list), oldest first; administrators only; paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of reads",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = DataAccessView.class)))))
    public Response page(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        return Paging.ok(log.inspection(id, PageParameters.request(limit, cursor), Callers.of(security)),
                DataAccessView::of, uri);
    }
}
