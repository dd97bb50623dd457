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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.childdata.ChildDataService;
import org.inspectra.api.childdata.ImportResult;
import org.inspectra.api.error.InspectraException;
import org.inspectra.rest.metrics.ServerMetrics;
import org.inspectra.rest.representation.ChildListRowsView;
import org.inspectra.rest.representation.ImportProgressView;
import org.inspectra.rest.security.Callers;

/**
 * Child-level lists (API.md, Child-level data and selection): uploaded whole as CSV or Excel, read back filtered, an
 * upload's progress read while it runs ({@code …/{listId}/import}, a literal segment under this same root resource:
 * CXF picks one root resource per request). Any other media type is refused with 415 by JAX-RS before the body is
 * read.
 */
@Path("inspections/{id}/child-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class ChildListsResource {

    /** The literal segment under a list where its upload's progress is read. */
    static final String IMPORT = "import";

    private final ChildDataService childData;
    private final ServerMetrics metrics;

    public ChildListsResource(ChildDataService childData, ServerMetrics metrics) {
        this.childData = childData;
        this.metrics = metrics;
    }

    @PUT
    @Path("{listId}")
    @Consumes({ChildDataService.CSV, ChildDataService.XLSX})
    @Operation(summary = "Replace one list as a whole (CSV or .xlsx); rows with errors are reported and left out",
            description = "The answer carries the upload's importId and a Link (rel=monitor) to the list's import "
                    + "progress, which can be read while the upload runs; dataQuality counts the consistency rules' "
                    + "errors and warnings across the inspection's lists once stored (Link rel=data-quality: the "
                    + "findings)",
            responses = @ApiResponse(responseCode = "200", description = "The list is replaced",
                    content = @Content(schema = @Schema(implementation = ImportResult.class))))
    public Response replace(@PathParam("id") String id, @PathParam("listId") String listId,
                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body,
                            @Context UriInfo uri, @Context SecurityContext security) {
        long start = System.nanoTime();
        ImportResult result;
        try {
            result = childData.replace(id, listId, contentType, body, length(contentLength), Callers.of(security));
        } catch (InspectraException e) {
            metrics.imported("refused", null, System.nanoTime() - start);
            throw e;
        } catch (RuntimeException | Error e) {
            metrics.imported("failed", null, System.nanoTime() - start);
            throw e;
        }
        metrics.imported("completed", result, System.nanoTime() - start);
        // The monitor link last: clients that read one Link header of several read the last.
        return Response.ok(result)
                .link(uri.getBaseUriBuilder().path("inspections/{id}/data-quality").build(id), "data-quality")
                .link(uri.getAbsolutePathBuilder().path(IMPORT).build(), "monitor").build();
    }

    @GET
    @Path("{listId}/" + IMPORT)
    @Operation(summary = "The progress of the list's running upload, else of its last finished one (since the server "
            + "started): state running, completed, refused or failed; bytes, rows read, accepted and rejected, "
            + "problems so far; 404 where the list has not been uploaded")
    public ImportProgressView progress(@PathParam("id") String id, @PathParam("listId") String listId,
                                       @Context SecurityContext security) {
        return ImportProgressView.of(childData.progress(id, listId, Callers.of(security)));
    }

    /** The declared length, or -1 where there is none (a chunked body) or it is no number. */
    private static long length(String contentLength) {
        try {
            return contentLength == null ? -1 : Math.max(-1, Long.parseLong(contentLength.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
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
