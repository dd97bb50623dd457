package org.inspectra.rest.resource;

import java.io.InputStream;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Hidden;

import org.inspectra.api.error.NotFoundException;

/**
 * The API explorer (API.md, API explorer): Swagger UI over the OpenAPI document, without credentials. Its page is
 * ours (the explorer pointed at {@code openapi.json}); its script, style and icons come from the Swagger UI WebJar,
 * inlined into this bundle. Trying an operation sends the request the browser makes, which asks for credentials
 * (401 with {@code WWW-Authenticate: Basic}), or the user fills in the explorer's Authorize dialog.
 */
@Path("docs")
@Hidden
public final class ApiExplorerResource {

    /** The Swagger UI WebJar version inlined by the build (pom.xml, {@code swagger-ui.version}). */
    static final String VERSION = "5.34.1";

    private static final String FILES = "META-INF/resources/webjars/swagger-ui/" + VERSION + "/";

    /** The files the page loads, with their media types: nothing else is served. */
    private static final Map<String, String> SERVED = Map.of(
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Inspectra REST API v1</title>
              <link rel="stylesheet" href="docs/swagger-ui.css">
              <link rel="icon" type="image/png" href="docs/favicon-32x32.png" sizes="32x32">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="docs/swagger-ui-bundle.js"></script>
              <script>
                window.ui = SwaggerUIBundle({url: "openapi.json", dom_id: "#swagger-ui", deepLinking: true,
                                             withCredentials: true});
              </script>
            </body>
            </html>
            """;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        return Response.ok(PAGE, "text/html; charset=utf-8").build();
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        String type = SERVED.get(file);
        InputStream content = type == null ? null
                : ApiExplorerResource.class.getClassLoader().getResourceAsStream(FILES + file);
        if (content == null) {
            throw new NotFoundException("No file " + file + " in the API explorer");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(content, type).cacheControl(cache).build();
    }
}
