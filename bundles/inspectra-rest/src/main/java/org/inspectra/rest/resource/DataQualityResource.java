package org.inspectra.rest.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.DataQualityService;
import org.inspectra.rest.representation.DataQualityView;
import org.inspectra.rest.security.Callers;

/**
 * The data-quality rules run across an inspection's child-level lists (API.md, Child-level data): JSON, or the same as
 * a downloadable CSV or Excel report ({@code Accept}). The report is computed, and the read recorded, before the first
 * byte is sent, so a refusal is a problem+json answer.
 */
@Path("inspections/{id}/data-quality")
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class DataQualityResource {

    private final DataQualityService quality;

    public DataQualityResource(DataQualityService quality) {
        this.quality = quality;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DataQualityService.CSV, DataQualityService.XLSX})
    @Operation(summary = "The consistency rules run across the inspection's lists now: each rule with its code, "
            + "title, severity, source and count, and every finding with its list, row, child and fields; with "
            + "Accept text/csv or the .xlsx type, a downloadable report (CSV: a line per finding; Excel: a Summary "
            + "sheet and a Findings sheet)",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DataQualityView.class)),
                @Content(mediaType = DataQualityService.CSV),
                @Content(mediaType = DataQualityService.XLSX)}))
    public Response report(@PathParam("id") String id, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        String type = format(headers.getAcceptableMediaTypes());
        DataQualityReport report = quality.report(id, Callers.of(security));
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(DataQualityView.of(report), MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput body = out -> quality.write(report, type, out);
        String file = "data-quality-" + id + (type.equals(DataQualityService.CSV) ? ".csv" : ".xlsx");
        return Response.ok(body, type.equals(DataQualityService.CSV) ? type + ";charset=UTF-8" : type)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** The first of the client's acceptable types this resource makes; CXF has already refused any other (406). */
    private static String format(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return MediaType.APPLICATION_JSON;
            }
            for (String made : List.of(MediaType.APPLICATION_JSON, DataQualityService.CSV, DataQualityService.XLSX)) {
                if (type.isCompatible(MediaType.valueOf(made))) {
                    return made;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
