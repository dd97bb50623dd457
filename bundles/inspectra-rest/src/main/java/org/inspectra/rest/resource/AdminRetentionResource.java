package org.inspectra.rest.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.retention.RetentionService;
import org.inspectra.rest.representation.RetentionView;
import org.inspectra.rest.security.Callers;

/** What the retention job deletes, and when: for administrators. */
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "basic")
public final class AdminRetentionResource {

    private final RetentionService retention;

    public AdminRetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    @Operation(summary = "The days child-level rows are kept after publication (etc/org.inspectra.retention.cfg, "
            + "0 keeps them) and every published inspection whose rows are still stored, with when the job deletes "
            + "them, soonest first")
    public RetentionView preview(@Context SecurityContext security) {
        return RetentionView.of(retention.days(), retention.preview(Callers.of(security)));
    }
}
