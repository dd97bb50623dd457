package org.inspectra.rest.resource;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.inspection.InspectionService;
import org.inspectra.rest.http.EntityTags;
import org.inspectra.rest.representation.InspectionView;
import org.inspectra.rest.representation.StatusBody;
import org.inspectra.rest.security.Callers;

/** The inspection's lifecycle: the lead moves it on one status at a time; 409 for any other move. */
@Path("inspections/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inspections")
@SecurityRequirement(name = "basic")
public final class InspectionStatusResource {

    private final InspectionService inspections;

    public InspectionStatusResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the inspection to its next status in its type's lifecycle: notified, fieldwork, "
            + "findings-agreed, draft-sent, factual-accuracy, final, published, closed, less those the type skips, "
            + "with those its framework adds (the type's lifecycle in GET /frameworks/{id}/versions/{version}); an "
            + "optional added status may be passed over")
    public InspectionView advance(@PathParam("id") String id, @NotNull @Valid StatusBody body,
                                  @Context SecurityContext security, @Context HttpHeaders headers) {
        Long version = body.version();
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            version = EntityTags.requireMatch(headers, inspections.readable(id, Callers.of(security)).version())
                    .orElse(version);
        }
        var moved = inspections.advance(id, body.status(), version, Callers.of(security));
        return InspectionView.of(moved, inspections.milestones(moved));
    }
}
