package org.inspectra.rest.resource;

import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

import org.inspectra.api.context.AreaContextService;
import org.inspectra.rest.representation.ContextStatementView;
import org.inspectra.rest.representation.StepBody;
import org.inspectra.rest.security.Callers;

/** The report's context section ("information about this local authority area", 004 Annex A), fact by fact. */
@Path("inspections/{id}/context")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@SecurityRequirement(name = "basic")
public final class AreaContextResource {

    private final AreaContextService context;

    public AreaContextResource(AreaContextService context) {
        this.context = context;
    }

    @GET
    @Operation(summary = "The framework's context facts with the statements written for this inspection")
    public List<ContextStatementView> statements(@PathParam("id") String id, @Context SecurityContext security) {
        return context.statements(id, Callers.of(security)).stream().map(ContextStatementView::of).toList();
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write one fact's statement (text; blank clears it); the lead inspector")
    public ContextStatementView write(@PathParam("id") String id, @PathParam("itemId") String itemId,
                                      @NotNull @Valid StepBody body, @Context SecurityContext security) {
        return ContextStatementView.of(context.write(id, itemId, body.text(), Callers.of(security)));
    }
}
