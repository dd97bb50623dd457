package org.inspectra.rest.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.audit.AuditLog;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.rest.security.Callers;

/** Who changed what in an inspection: for administrators and the inspection's lead inspector. */
@Path("inspections/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
@SecurityRequirement(name = "basic")
public final class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The inspection's audit trail, oldest first: who, when, what, before and after")
    public List<AuditEntry> trail(@PathParam("id") String id, @Context SecurityContext security) {
        return audit.inspection(id, Callers.of(security));
    }
}
