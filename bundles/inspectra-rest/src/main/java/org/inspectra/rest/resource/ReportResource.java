package org.inspectra.rest.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.report.Audience;
import org.inspectra.api.report.RenderedReport;
import org.inspectra.api.report.ReportFormat;
import org.inspectra.api.report.ReportService;
import org.inspectra.rest.security.Callers;

/**
 * The report or letter the framework and inspection type call for (API.md, Report), in the format the client
 * accepts: HTML, Markdown or PDF. {@code ?audience=children} is the summary for children and young people.
 */
@Path("inspections/{id}/report")
@Tag(name = "reports")
@SecurityRequirement(name = "basic")
public final class ReportResource {

    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, MARKDOWN, PDF})
    @Operation(summary = "The report or letter as HTML, Markdown or PDF (Accept); warnings in the Warning header")
    public Response report(@PathParam("id") String id, @QueryParam("audience") String audience,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        Audience who = audience == null || audience.isBlank() ? Audience.PUBLIC : Audience.fromId(audience)
                .orElseThrow(() -> new InvalidInputException("Unknown audience " + audience, List.of(new Violation(
                        "audience", "unknown-audience", "public (the report) or children (the summary for children "
                        + "and young people, 000 §215)"))));
        ReportFormat format = format(headers.getAcceptableMediaTypes());
        RenderedReport report = reports.report(id, format, who, Callers.of(security));
        Response.ResponseBuilder response = Response.ok(report.content(), format.mediaType() + (format == ReportFormat.PDF
                ? "" : ";charset=UTF-8"));
        // RFC 7234 warn-code 299: a persistent warning for the people who read it.
        report.warnings().forEach(w -> response.header("Warning", "299 inspectra \"" + w.replace('"', '\'') + "\""));
        if (report.pages() > 0) {
            response.header("X-Report-Pages", report.pages());
        }
        return response.build();
    }

    /** The first of the client's acceptable types this resource makes; CXF has already refused any other (406). */
    private static ReportFormat format(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return ReportFormat.HTML;
            }
            for (ReportFormat f : ReportFormat.values()) {
                if (type.isCompatible(MediaType.valueOf(f.mediaType()))) {
                    return f;
                }
            }
        }
        return ReportFormat.HTML;
    }
}
