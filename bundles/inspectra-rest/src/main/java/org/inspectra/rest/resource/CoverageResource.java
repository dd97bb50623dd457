package org.inspectra.rest.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.evidence.Coverage;
import org.inspectra.api.evidence.EvidenceService;
import org.inspectra.rest.cache.SerialisedValues;
import org.inspectra.rest.security.Callers;

/** How far the evidence covers the criteria (API.md, Evidence; {@code 003 §79}). */
@Path("inspections/{id}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evidence")
@SecurityRequirement(name = "basic")
public final class CoverageResource {

    /** Inspections whose coverage JSON is kept: a few KB each. */
    static final int KEPT = 5_000;

    private final EvidenceService evidence;
    private final SerialisedValues<Coverage> written = new SerialisedValues<>(coverage -> coverage, KEPT);

    public CoverageResource(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GET
    @Operation(summary = "Per criterion the count of records by assessment, and the criteria with none",
            responses = @ApiResponse(responseCode = "200", description = "The coverage",
                    content = @Content(schema = @Schema(implementation = Coverage.class))))
    public Response coverage(@PathParam("id") String id, @Context SecurityContext security) {
        // Core answers unchanged coverage as the same object; its JSON is then the JSON written before.
        return Response.ok(written.json(id, evidence.coverage(id, Callers.of(security))),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
