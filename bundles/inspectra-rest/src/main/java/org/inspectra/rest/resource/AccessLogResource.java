package org.inspectra.rest.resource;

import java.util.List;

import javax.ws.rs.DefaultValue;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.access.AccessLogService;
import org.inspectra.api.access.AccessPage;
import org.inspectra.rest.representation.DataAccessView;
import org.inspectra.rest.security.Callers;

/**
 * Who read an inspection's children's data, for administrators: oldest first, paged as API.md's Paging says (a JSON
 * array; {@code limit} up to 500, default 100; a further page announced by {@code Link: <…>; rel="next"}).
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
            + "findings (who, when, what, which child or list), oldest first; administrators only",
            responses = @ApiResponse(responseCode = "200", description = "One page; Link rel=next where more follow",
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = DataAccessView.class)))))
    public Response page(@PathParam("id") String id,
                         @QueryParam("limit") @DefaultValue("" + AccessLogService.DEFAULT_LIMIT) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri,
                         @Context SecurityContext security) {
        AccessPage page = log.inspection(id, limit, cursor, Callers.of(security));
        List<DataAccessView> body = page.records().stream().map(DataAccessView::of).toList();
        Response.ResponseBuilder response = Response.ok(body);
        if (page.nextCursor() != null) {
            response.link(uri.getRequestUriBuilder().replaceQueryParam("limit", limit)
                    .replaceQueryParam("cursor", page.nextCursor()).build(), "next");
        }
        return response.build();
    }
}
