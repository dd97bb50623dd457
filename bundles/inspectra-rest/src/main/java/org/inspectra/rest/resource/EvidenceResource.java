package org.inspectra.rest.resource;

import java.util.List;

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
import javax.ws.rs.core.HttpHeaders;
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

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.api.evidence.EvidenceTally;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.rest.cache.SerialisedPages;
import org.inspectra.api.evidence.RecordedEvidence;
import org.inspectra.rest.http.EntityTags;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.EvidenceBody;
import org.inspectra.rest.representation.EvidenceView;
import org.inspectra.rest.representation.NameCheckBody;
import org.inspectra.rest.representation.NameCheckView;
import org.inspectra.rest.security.Callers;

/** Evidence records (API.md, Evidence): the inspection's team records and reads them; core checks membership. */
@Path("inspections/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evidence")
@SecurityRequirement(name = "basic")
public final class EvidenceResource {

    /** Pages of evidence kept as written, at most 16 MB of them (a page of 20 records is some 7 KB). */
    private static final long PAGES = 16L << 20;

    private final EvidenceService evidence;
    private final SerialisedPages<EvidenceRecord> pages = new SerialisedPages<>(EvidenceView::of, PAGES);

    public EvidenceResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @POST
    @Path("name-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the personal-data screen finds in a summary and source before they are recorded "
            + "(000 §192): the warnings recording would give; saves nothing")
    public NameCheckView nameCheck(@PathParam("id") String id, @NotNull @Valid NameCheckBody body,
                                   @Context SecurityContext security) {
        return new NameCheckView(evidence.namesIn(id, body.source(), body.summary(), Callers.of(security)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record evidence against a criterion of the pinned framework version; warns of names")
    public Response record(@PathParam("id") String id, @NotNull @Valid EvidenceBody body,
                           @Context SecurityContext security, @Context UriInfo uri) {
        RecordedEvidence recorded = evidence.record(id, body.toEntry(), Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.record().id()).build())
                .entity(EvidenceView.of(recorded)).build();
    }

    @GET
    @Operation(summary = "The inspection's evidence as it stands, optionally for one criterion, oldest record first, "
            + "paged",
            responses = @ApiResponse(responseCode = "200", description = "A page of evidence records",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = EvidenceView.class)))))
    public Response list(
            @PathParam("id") String id, @QueryParam("criterion") String criterion,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        Caller caller = Callers.of(security);
        PageRequest page = PageParameters.request(limit, cursor);
        String filter = criterion == null || criterion.isBlank() ? null : criterion;
        // The page as written before while the inspection's evidence is as it was then (its tally), else afresh.
        EvidenceTally tally = evidence.tally(id, caller);
        SerialisedPages.Written written = pages.page(id, filter, page, tally,
                () -> evidence.list(id, filter, page, caller));
        return Paging.ok(written.json(), written.next(), uri);
    }

    @PUT
    @Path("{evidenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a record; the earlier revision is kept. Send the revision you edited.")
    public EvidenceView revise(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId,
                               @NotNull @Valid EvidenceBody body, @Context SecurityContext security,
                               @Context HttpHeaders headers) {
        Integer revision = body.revision();
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            revision = EntityTags.requireMatch(headers, one(id, evidenceId, security).revision())
                    .map(Long::intValue).orElse(revision);
        }
        if (revision == null) {
            throw new InvalidInputException("Say which revision you edited", List.of(new Violation("revision",
                    "required", "the revision you read, so that no one's edit is lost")));
        }
        return EvidenceView.of(evidence.revise(id, evidenceId, revision, body.toEntry(), Callers.of(security)));
    }

    @GET
    @Path("{evidenceId}")
    @Operation(summary = "One record at its latest revision; its ETag is the revision to send back in If-Match")
    public EvidenceView get(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId,
                            @Context SecurityContext security) {
        return one(id, evidenceId, security);
    }

    private EvidenceView one(String id, String evidenceId, SecurityContext security) {
        List<EvidenceView> revisions = history(id, evidenceId, security);
        if (revisions.isEmpty()) {
            throw new NotFoundException("No evidence " + evidenceId + " in inspection " + id);
        }
        return revisions.get(revisions.size() - 1);
    }

    @GET
    @Path("{evidenceId}/history")
    @Operation(summary = "Every revision of one record, oldest first")
    public List<EvidenceView> history(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId,
                                      @Context SecurityContext security) {
        return evidence.history(id, evidenceId, Callers.of(security)).stream().map(EvidenceView::of).toList();
    }
}
