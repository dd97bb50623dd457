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

import org.inspectra.api.document.DocumentChecklistService;
import org.inspectra.rest.representation.ChecklistItemView;
import org.inspectra.rest.representation.SupplyBody;
import org.inspectra.rest.security.Callers;

/** The Annex A documents an inspection asks the local authority for, as a checklist it marks supplied. */
@Path("inspections/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "information requests")
@SecurityRequirement(name = "basic")
public final class DocumentsResource {

    private final DocumentChecklistService documents;

    public DocumentsResource(DocumentChecklistService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "The numbered documents asked for (Annex A), in the framework's order, with what is supplied")
    public List<ChecklistItemView> checklist(@PathParam("id") String id, @Context SecurityContext security) {
        return documents.checklist(id, Callers.of(security)).stream().map(ChecklistItemView::of).toList();
    }

    @PUT
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a document supplied (or not); the authority's link people")
    public ChecklistItemView mark(@PathParam("id") String id, @PathParam("number") String number,
                                  @NotNull @Valid SupplyBody body, @Context SecurityContext security) {
        return ChecklistItemView.of(documents.mark(id, number, body.supplied(), body.note(), Callers.of(security)));
    }
}
