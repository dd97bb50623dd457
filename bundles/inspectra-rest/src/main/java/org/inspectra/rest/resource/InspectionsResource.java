package org.inspectra.rest.resource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;
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
import org.inspectra.api.error.Violation;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.page.Page;
import org.inspectra.api.security.Caller;
import org.inspectra.api.security.Role;
import org.inspectra.rest.cache.SerialisedInspections;
import org.inspectra.rest.cache.SerialisedValues;
import org.inspectra.rest.http.EntityTags;
import org.inspectra.rest.page.PageParameters;
import org.inspectra.rest.page.Paging;
import org.inspectra.rest.representation.InspectionView;
import org.inspectra.rest.representation.MilestoneView;
import org.inspectra.rest.representation.NewInspectionBody;
import org.inspectra.rest.representation.TeamMemberBody;
import org.inspectra.rest.security.Callers;

/** Inspections (API.md, Inspections). Inspectorate staff read them all; link people their own authorities'. */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspections")
@SecurityRequirement(name = "basic")
public final class InspectionsResource {

    private static final String[] STAFF = {Role.ADMIN, Role.LEAD_INSPECTOR, Role.INSPECTOR};

    private final InspectionService inspections;
    private final SerialisedInspections json = new SerialisedInspections();
    private final SerialisedValues<List<Milestone>> timelines = new SerialisedValues<>(
            timeline -> timeline.stream().map(MilestoneView::of).toList(), 2_000);

    public InspectionsResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an inspection, pinned to the named or the newest active framework version")
    public Response open(@NotNull @Valid NewInspectionBody body, @Context SecurityContext security,
                         @Context UriInfo uri) {
        Inspection inspection = inspections.open(body.toRequest(), Callers.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(inspection.id()).build())
                .entity(view(inspection)).build();
    }

    @GET
    @Operation(summary = "Inspections, filtered by local authority, framework, status and team member (a platform "
            + "status matches the inspections standing in it, those in a status their framework adds after it among "
            + "them; a status a framework adds matches those in it; member=me: those whose team includes the caller), "
            + "newest notification first, paged. Inspectorate staff list every inspection; a link person lists only "
            + "the inspections of the local authorities it speaks for",
            responses = @ApiResponse(responseCode = "200", description = "A page of inspections",
                    headers = @Header(name = "Link", description = Paging.LINK, schema = @Schema(type = "string")),
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = InspectionView.class)))))
    public Response search(
            @QueryParam("localAuthority") String localAuthority, @QueryParam("framework") String framework,
            @QueryParam("status") String status,
            @QueryParam("member") @Parameter(description = "me: only inspections whose team includes the caller")
            String member,
            @QueryParam("limit") @Parameter(description = PageParameters.LIMIT, schema = @Schema(type = "integer",
                    minimum = "1", maximum = PageParameters.MAX, defaultValue = PageParameters.DEFAULT)) String limit,
            @QueryParam("cursor") @Parameter(description = PageParameters.CURSOR) String cursor,
            @Context UriInfo uri, @Context SecurityContext security) {
        Caller caller = Callers.withAnyRole(security, Role.ADMIN, Role.LEAD_INSPECTOR, Role.INSPECTOR, Role.LA_LINK);
        String memberUser = null;
        if (member != null && !member.isBlank()) {
            if (!"me".equals(member.strip())) {
                throw new InvalidInputException("member takes only me", List.of(new Violation("member",
                        "only-me", "member=me lists the inspections whose team includes the caller")));
            }
            memberUser = caller.user();
        }
        // A link person reads only its own authorities' inspections (docs/security.md).
        Set<String> authorities = caller.isStaff() ? null : caller.localAuthorities();
        Page<Inspection> page = inspections.search(new InspectionQuery(blankToNull(localAuthority),
                blankToNull(framework), blankToNull(status), memberUser, authorities),
                PageParameters.request(limit, cursor));
        // The page's timelines together: what storage must tell for them is read once, not once an inspection.
        Map<String, List<Milestone>> timelines = inspections.timelines(page.items());
        byte[] array = json.page(page.items().stream().map(i -> json.json(i, timelines.get(i.id()))).toList());
        return Paging.ok(array, page, uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One inspection with its milestones; its ETag is its version",
            responses = @ApiResponse(responseCode = "200", description = "The inspection",
                    headers = @Header(name = "ETag", description = "The inspection's version",
                            schema = @Schema(type = "string")),
                    content = @Content(schema = @Schema(implementation = InspectionView.class))))
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        // Staff read every inspection; a link person reads its own authority's (core checks which).
        Inspection inspection = inspections.readable(id, Callers.of(security));
        return Response.ok(json.json(inspection, inspections.milestones(inspection)), MediaType.APPLICATION_JSON_TYPE)
                .tag(EntityTags.of(inspection.version())).build();
    }

    @GET
    @Path("{id}/milestones")
    @Operation(summary = "The inspection's timeline, dated in working days from the notification",
            responses = @ApiResponse(responseCode = "200", description = "The milestones",
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = MilestoneView.class)))))
    public Response milestones(@PathParam("id") String id, @Context SecurityContext security) {
        // Core answers an unchanged timeline as the same list; its JSON is then the JSON written before.
        return Response.ok(timelines.json(id, inspections.milestones(inspections.readable(id, Callers.of(security)))),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the team; the inspection's lead inspector or an administrator")
    public InspectionView replaceTeam(@PathParam("id") String id,
                                      @NotNull @Size(max = 20) List<@Valid @NotNull TeamMemberBody> team,
                                      @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Callers.withAnyRole(security, STAFF);
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            EntityTags.requireMatch(headers, inspections.readable(id, caller).version());
        }
        return view(inspections.replaceTeam(id, team.stream().map(TeamMemberBody::toMember).toList(), caller));
    }

    private InspectionView view(Inspection inspection) {
        return InspectionView.of(inspection, inspections.milestones(inspection));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
