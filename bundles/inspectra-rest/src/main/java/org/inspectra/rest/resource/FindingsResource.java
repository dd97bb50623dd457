package org.inspectra.rest.resource;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingService;
import org.inspectra.api.finding.RecordedFinding;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.rest.cache.SerialisedPages;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.FindingBody;
import org.inspectra.rest.representation.FindingView;
import org.inspectra.rest.security.Callers;

/** Findings (API.md, Findings): strengths, areas for improvement, priority actions. */
@Path("inspections/{id}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "findings")
@SecurityRequirement(name = "basic")
public final class FindingsResource {

    /** Bytes of findings pages kept, at most. */
    private static final long PAGES = 8L << 20;

    private final FindingService findings;
    private final SerialisedPages<Finding> pages = new SerialisedPages<>(f -> FindingView.of(f, List.of()), PAGES);

    public FindingsResource(FindingService findings) {
        this.findings = findings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a finding; a priority action adds the framework's follow-up milestones")
    public Response record(@PathParam("id") String id, @NotNull @Valid FindingBody body,
                           @Context SecurityContext security, @Context UriInfo uri) {
        RecordedFinding recorded = findings.record(id, body.findingKind(), body.text(), body.judgement(),
                Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.finding().id()).build())
                .entity(FindingView.of(recorded.finding(), recorded.warnings())).build();
    }

    @GET
    @Operation(summary = "The inspection's findings, oldest first, paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of findings",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = FindingView.class)))))
    public Response list(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        PageRequest page = PageParameters.request(limit, cursor);
        // The page as written before while the inspection has as many findings as then (they are only added; the
        // count is read first, so a page read after a finding was added is only kept under the older count).
        long count = findings.count(id, caller);
        SerialisedPages.Written written = pages.page(id, null, page, count, () -> findings.list(id, page, caller));
        return Paging.ok(written.json(), written.next(), uri);
    }
}
