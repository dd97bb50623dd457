package org.inspectra.rest.resource;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.rest.representation.ChildListRowsView;
import org.inspectra.rest.security.Callers;

/**
 * Child-level lists (API.md, Child-level data and selection): uploaded whole as CSV or Excel, read back filtered. Any
 * other media type is refused with 415 by JAX-RS before the body is read.
 */
@Path("inspections/{id}/child-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class ChildListsResource {

    private final ChildDataService childData;

    public ChildListsResource(ChildDataService childData) {
        this.childData = childData;
    }

    @PUT
    @Path("{listId}")
    @Consumes({ChildDataService.CSV, ChildDataService.XLSX})
    @Operation(summary = "Replace one list as a whole (CSV or .xlsx); rows with errors are reported and left out")
    public ImportResult replace(@PathParam("id") String id, @PathParam("listId") String listId,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                                @Context SecurityContext security) {
        return childData.replace(id, listId, contentType, body, Callers.of(security));
    }

    @GET
    @Path("{listId}")
    @Operation(summary = "The list's rows; each query parameter is a filter: field=value, field=* (any), "
            + "field=>n or field=<n (whole numbers)")
    public ChildListRowsView rows(@PathParam("id") String id, @PathParam("listId") String listId,
                             @Context UriInfo uri, @Context SecurityContext security) {
        Map<String, String> filter = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((field, values) -> filter.put(field, values.get(0)));
        return ChildListRowsView.of(listId, childData.rows(id, listId, filter, Callers.of(security)));
    }
}
