package org.inspectra.rest.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.inspectra.api.security.Caller;
import org.inspectra.rest.problem.Problem;

/**
 * HTTP Basic authentication of every request against the JAAS realm (API.md, Conventions). Only the OpenAPI document
 * and the health check answer without credentials.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    /** Paths, relative to the API base, that answer without credentials. */
    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json", "openapi.yaml");

    private final Authenticator authenticator;

    public BasicAuthenticationFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (PUBLIC_PATHS.contains(path)) {
            return;
        }
        Optional<Caller> caller = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(c -> authenticator.authenticate(c.user(), c.password()));
        if (caller.isEmpty()) {
            request.abortWith(Problem.response(Response.Status.UNAUTHORIZED,
                            "Authentication required",
                            "Send HTTP Basic credentials of a user of the Inspectra realm")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"inspectra\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(),
                "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())));
    }

    static Optional<Credentials> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
    }

    record Credentials(String user, char[] password) {
    }
}
