package org.inspectra.rest.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.inspectra.rest.problem.Problem;

/**
 * HTTP Basic authentication of every request against the JAAS realm (API.md, Conventions). Only the OpenAPI document
 * and the health check answer without credentials.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    /** Paths, relative to the API base, that answer without credentials (the explorer's files below docs/ too). */
    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json", "openapi.yaml", "docs");

    private final CredentialCheck credentials;

    /** The servlet request of the call being filtered (CXF injects a proxy to the current one): its address. */
    @Context
    private HttpServletRequest servletRequest;

    public BasicAuthenticationFilter(CredentialCheck credentials) {
        this.credentials = credentials;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (PUBLIC_PATHS.contains(path) || path.startsWith("docs/")) {
            return;
        }
        Optional<Credentials> given = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        CredentialCheck.Outcome outcome = given.isEmpty() ? new CredentialCheck.Refused()
                : this.credentials.check(given.get().user(), given.get().password(), address());
        if (outcome instanceof CredentialCheck.Throttled throttled) {
            request.abortWith(Problem.response(Response.Status.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                            "Sign-in is paused for this user or address after repeated failures; try again in "
                                    + throttled.retryAfter().toSeconds() + " s")
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfter().toSeconds())
                    .build());
            return;
        }
        if (!(outcome instanceof CredentialCheck.SignedIn signedIn)) {
            request.abortWith(Problem.response(Response.Status.UNAUTHORIZED,
                            "Authentication required",
                            "Send HTTP Basic credentials of a user of the Inspectra realm")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"inspectra\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(signedIn.caller(),
                "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme())));
    }

    private String address() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (RuntimeException outsideARequest) {
            return null;
        }
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
