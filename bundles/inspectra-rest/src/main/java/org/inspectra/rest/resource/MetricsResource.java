package org.inspectra.rest.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.security.Role;
import org.inspectra.rest.metrics.ServerMetrics;
import org.inspectra.rest.security.Callers;

/** The server's meters in Prometheus's text format, for administrators (API.md, Metrics; docs/operations.md). */
@Path("metrics")
@Tag(name = "administration")
@SecurityRequirement(name = "basic")
public final class MetricsResource {

    /** Prometheus's text exposition format. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ServerMetrics metrics;

    public MetricsResource(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Produces(PROMETHEUS_TEXT)
    @Operation(summary = "The server's meters in Prometheus's text format (administrators)",
            description = "http_server_requests_seconds (count, sum, max) by method, route (the JAX-RS template, "
                    + "or 'unmatched' for requests answered before a resource was matched) and status; "
                    + "inspectra_child_list_imports_seconds by outcome and inspectra_child_list_import_rows_total by "
                    + "result; inspectra_deployments_total and inspectra_deployed by kind (framework, theme); the "
                    + "JVM's memory, garbage collection, threads and classes (jvm_*), process and system CPU; "
                    + "inspectra_db_pool_connections by state (active, idle, max) and inspectra_db_pool_waiting",
            responses = @ApiResponse(responseCode = "200", description = "The meters",
                    content = @Content(mediaType = PROMETHEUS_TEXT, schema = @Schema(type = "string"))))
    public String metrics(@Context SecurityContext security) {
        Callers.withAnyRole(security, Role.ADMIN);
        return metrics.scrape();
    }
}
