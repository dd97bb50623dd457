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

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.rest.representation.FrameworkDetail;
import org.inspectra.api.theme.ThemeRegistry;
import org.inspectra.rest.representation.FrameworkSummary;
import org.inspectra.rest.representation.ThemeDetail;
import org.inspectra.rest.security.Callers;

/**
 * The installed framework versions (API.md, Frameworks) and the deep-dive themes of those that take them; any
 * authenticated user reads them.
 */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "frameworks")
@SecurityRequirement(name = "basic")
public final class FrameworksResource {

    private final FrameworkRegistry registry;
    private final ThemeRegistry themes;

    public FrameworksResource(FrameworkRegistry registry, ThemeRegistry themes) {
        this.registry = registry;
        this.themes = themes;
    }

    @GET
    @Operation(summary = "Every installed framework version, active or retired")
    public List<FrameworkSummary> list(@Context SecurityContext security) {
        Callers.of(security);
        return registry.all().stream().map(FrameworkSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The newest active version of a framework, in full")
    public FrameworkDetail newest(@PathParam("id") String id, @Context SecurityContext security) {
        Callers.of(security);
        return registry.newestActive(id).map(f -> FrameworkDetail.of(f, themes.of(id)))
                .orElseThrow(() -> new NotFoundException("No active version of framework " + id + " is installed"));
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One framework version, in full")
    public FrameworkDetail version(@PathParam("id") String id, @PathParam("version") String version,
                                   @Context SecurityContext security) {
        Callers.of(security);
        return registry.find(id, version).map(f -> FrameworkDetail.of(f, themes.of(id)))
                .orElseThrow(() -> new NotFoundException("No framework " + id + " version " + version
                        + " is installed"));
    }

    @GET
    @Path("{id}/themes/{themeId}")
    @Operation(summary = "The newest installed version of a deep-dive theme, in full: the version new inspections pin")
    public ThemeDetail newestTheme(@PathParam("id") String id, @PathParam("themeId") String themeId,
                                   @Context SecurityContext security) {
        Callers.of(security);
        return themes.newest(id, themeId).map(ThemeDetail::of)
                .orElseThrow(() -> new NotFoundException("No theme " + themeId + " of framework " + id
                        + " is installed"));
    }

    @GET
    @Path("{id}/themes/{themeId}/versions/{version}")
    @Operation(summary = "One deep-dive theme version, in full")
    public ThemeDetail themeVersion(@PathParam("id") String id, @PathParam("themeId") String themeId,
                                    @PathParam("version") String version, @Context SecurityContext security) {
        Callers.of(security);
        return themes.find(id, themeId, version).map(ThemeDetail::of)
                .orElseThrow(() -> new NotFoundException("No theme " + themeId + " version " + version
                        + " of framework " + id + " is installed"));
    }
}
