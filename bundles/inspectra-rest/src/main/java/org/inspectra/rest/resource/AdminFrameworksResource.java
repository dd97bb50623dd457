package org.inspectra.rest.resource;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.registry.Deployment;
import org.inspectra.api.registry.FrameworkAdministration;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.registry.RemovalOutcome;
import org.inspectra.api.security.Caller;
import org.inspectra.api.security.Role;
import org.inspectra.api.theme.ThemeKey;
import org.inspectra.rest.representation.FrameworkSummary;
import org.inspectra.rest.representation.InstalledFrameworkView;
import org.inspectra.rest.representation.InstalledThemeView;
import org.inspectra.rest.representation.RemovalView;
import org.inspectra.rest.representation.ThemeDetail;
import org.inspectra.rest.security.Callers;

/** Framework bundles deployed, listed and retired at runtime (API.md, Administration); administrators only. */
@Path("admin/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration")
@SecurityRequirement(name = "basic")
public final class AdminFrameworksResource {

    private final FrameworkAdministration administration;

    public AdminFrameworksResource(FrameworkAdministration administration) {
        this.administration = administration;
    }

    @GET
    @Operation(summary = "Installed framework versions with their bundle and pinned inspections")
    public List<InstalledFrameworkView> installed(@Context SecurityContext security) {
        Callers.withAnyRole(security, Role.ADMIN);
        return administration.installed().stream().map(InstalledFrameworkView::of).toList();
    }

    @GET
    @Path("themes")
    @Operation(summary = "Every installed deep-dive theme version with its bundle and the number of inspections "
            + "pinning it (open ones, and all)")
    public List<InstalledThemeView> installedThemes(@Context SecurityContext security) {
        Callers.withAnyRole(security, Role.ADMIN);
        return administration.installedThemes().stream().map(InstalledThemeView::of).toList();
    }

    @POST
    @Consumes({"application/java-archive", "application/x-java-archive", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Install (or update in place) a framework or deep-dive theme bundle and start it; served "
            + "without restart. Answers the framework versions it provides, or for a theme bundle the theme versions")
    public Response deploy(InputStream bundle, @Context SecurityContext security, @Context UriInfo uri) {
        Caller caller = Callers.withAnyRole(security, Role.ADMIN);
        Deployment deployed = administration.deploy(bundle, caller);
        if (deployed.frameworks().isEmpty()) {
            ThemeKey first = deployed.themes().get(0).key();
            return Response.created(uri.getBaseUriBuilder().path("frameworks").path(first.framework())
                            .path("themes").path(first.id()).path("versions").path(first.version()).build())
                    .entity(deployed.themes().stream().map(ThemeDetail::of).toList()).build();
        }
        RegisteredFramework first = deployed.frameworks().get(0);
        return Response.created(uri.getBaseUriBuilder().path("frameworks").path(first.key().id())
                        .path("versions").path(first.key().version()).build())
                .entity(deployed.frameworks().stream().map(FrameworkSummary::of).toList()).build();
    }

    @DELETE
    @Path("{id}/versions/{version}")
    @Operation(summary = "Remove a version: 409 while open inspections pin it, unless retire=true")
    public RemovalView remove(@PathParam("id") String id, @PathParam("version") String version,
                              @QueryParam("retire") boolean retire, @Context SecurityContext security) {
        Caller caller = Callers.withAnyRole(security, Role.ADMIN);
        RemovalOutcome outcome = administration.remove(id, version, retire, caller);
        return new RemovalView(id, version, outcome.name().toLowerCase(Locale.ROOT));
    }

    @DELETE
    @Path("{id}/themes/{themeId}/versions/{version}")
    @Operation(summary = "Uninstall a deep-dive theme version's bundle: 409 while any inspection pins a theme of it")
    public RemovalView removeTheme(@PathParam("id") String id, @PathParam("themeId") String themeId,
                                   @PathParam("version") String version, @Context SecurityContext security) {
        Caller caller = Callers.withAnyRole(security, Role.ADMIN);
        administration.removeTheme(id, themeId, version, caller);
        return new RemovalView(themeId, version, RemovalOutcome.UNINSTALLED.name().toLowerCase(Locale.ROOT));
    }
}
