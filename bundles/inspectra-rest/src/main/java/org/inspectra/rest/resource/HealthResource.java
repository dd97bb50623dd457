package org.inspectra.rest.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.rest.representation.HealthView;

/** Answers without credentials (API.md, Conventions). */
@Path("health")
@Tag(name = "health")
public final class HealthResource {

    private final FrameworkRegistry frameworks;

    public HealthResource(FrameworkRegistry frameworks) {
        this.frameworks = frameworks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the server is in service; needs no credentials")
    public HealthView health() {
        // Reading the registry touches storage (retired versions), so "up" means the database answers too.
        return new HealthView("up", frameworks.all().size());
    }
}
