package org.inspectra.rest.resource;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.rest.cache.SerialisedDocuments;
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

    private static final String ETAG = "Identifies this document; send it back in If-None-Match to be answered 304 "
            + "while it is current";

    private final FrameworkRegistry registry;
    private final ThemeRegistry themes;
    private final SerialisedDocuments documents = new SerialisedDocuments();

    public FrameworksResource(FrameworkRegistry registry, ThemeRegistry themes) {
        this.registry = registry;
        this.themes = themes;
    }

    @GET
    @Operation(summary = "Every installed framework version, active or retired",
            responses = {
                @ApiResponse(responseCode = "200", description = "The versions",
                        headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
                        content = @Content(array = @ArraySchema(schema = @Schema(
                                implementation = FrameworkSummary.class)))),
                @ApiResponse(responseCode = "304", description = "The versions are those If-None-Match names")})
    public Response list(@Context HttpHeaders headers, @Context SecurityContext security) {
        Callers.of(security);
        List<RegisteredFramework> all = registry.all();
        List<Object> state = all.stream().<Object>map(FrameworksResource::state).toList();
        return SerialisedDocuments.answer(documents.of(state, () -> all.stream().map(FrameworkSummary::of).toList()),
                headers);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The newest active version of a framework, in full",
            responses = {
                @ApiResponse(responseCode = "200", description = "The version",
                        headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = FrameworkDetail.class))),
                @ApiResponse(responseCode = "304", description = "The version is the one If-None-Match names")})
    public Response newest(@PathParam("id") String id, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        Callers.of(security);
        return detail(registry.newestActive(id)
                .orElseThrow(() -> new NotFoundException("No active version of framework " + id + " is installed")),
                headers);
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One framework version, in full",
            responses = {
                @ApiResponse(responseCode = "200", description = "The version",
                        headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")),
                        content = @Content(schema = @Schema(implementation = FrameworkDetail.class))),
                @ApiResponse(responseCode = "304", description = "The version is the one If-None-Match names")})
    public Response version(@PathParam("id") String id, @PathParam("version") String version,
                            @Context HttpHeaders headers, @Context SecurityContext security) {
        Callers.of(security);
        return detail(registry.find(id, version).orElseThrow(() -> new NotFoundException("No framework " + id
                + " version " + version + " is installed")), headers);
    }

    /** A version's document: built once for each state of the version and the framework's themes. */
    private Response detail(RegisteredFramework framework, HttpHeaders headers) {
        List<RegisteredTheme> ofFramework = themes.of(framework.key().id());
        List<Object> state = new ArrayList<>();
        state.add(state(framework));
        ofFramework.forEach(t -> state.add(List.of(t.key(), System.identityHashCode(t.theme()))));
        return SerialisedDocuments.answer(documents.of(state, () -> FrameworkDetail.of(framework, ofFramework)),
                headers);
    }

    /**
     * What a version's documents are made from: its key, its status and its service object (by identity, so a
     * bundle redeployed in place counts as a change; no reference is held, so an uninstalled bundle can go).
     */
    private static Object state(RegisteredFramework framework) {
        return List.of(framework.key(), framework.status(), System.identityHashCode(framework.framework()));
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
