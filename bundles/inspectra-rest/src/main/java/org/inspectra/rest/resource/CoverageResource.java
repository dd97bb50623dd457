package org.inspectra.rest.resource;

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

import org.inspectra.api.evidence.Coverage;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.rest.security.Callers;

/** How far the evidence covers the criteria (API.md, Evidence; {@code 003 §79}). */
@Path("inspections/{id}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evidence")
@SecurityRequirement(name = "basic")
public final class CoverageResource {

    private final EvidenceService evidence;

    public CoverageResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Operation(summary = "Per criterion the count of records by assessment, and the criteria with none")
    public Coverage coverage(@PathParam("id") String id, @Context SecurityContext security) {
        return evidence.coverage(id, Callers.of(security));
    }
}
