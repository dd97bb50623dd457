package org.inspectra.rest.resource;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.selection.Selection;
import org.inspectra.api.selection.SelectionProposal;
import org.inspectra.api.selection.SelectionService;
import org.inspectra.rest.representation.SelectionBody;
import org.inspectra.rest.representation.SelectionRequestBody;
import org.inspectra.rest.security.Callers;

/**
 * Selections (API.md, Child-level data and selection): the pinned framework's rule proposes children for a stage; the
 * lead inspector accepts them, swapping or adding, and the accepted selection is kept.
 */
@Path("inspections/{id}/selections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "child-level data")
@SecurityRequirement(name = "basic")
public final class SelectionsResource {

    private final SelectionService selections;

    public SelectionsResource(SelectionService selections) {
        this.selections = selections;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose children for a stage, each with its reason, the rules the proposal meets, and its "
            + "balance: for each factor (age band, gender, disability, ethnicity) and value, how many proposed "
            + "children and how many children on the lists the rule read have it")
    public SelectionProposal propose(@PathParam("id") String id, @NotNull @Valid SelectionRequestBody body,
                                     @Context SecurityContext security) {
        return selections.propose(id, body.stage(), body.size(), body.seed(), Callers.of(security));
    }

    @PUT
    @Path("{stage}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept the children for a stage (lead inspector), in place of any earlier selection")
    public Selection accept(@PathParam("id") String id, @PathParam("stage") String stage,
                            @NotNull @Valid SelectionBody body, @Context SecurityContext security) {
        return selections.accept(id, stage, body.toChildren(), Callers.of(security));
    }

    @GET
    @Path("{stage}")
    @Operation(summary = "The selection accepted for a stage")
    public Selection accepted(@PathParam("id") String id, @PathParam("stage") String stage,
                              @Context SecurityContext security) {
        return selections.accepted(id, stage, Callers.of(security))
                .orElseThrow(() -> new NotFoundException("No selection is accepted for the stage " + stage));
    }
}
