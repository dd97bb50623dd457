package org.inspectra.rest.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.inspectra.api.security.Caller;
import org.inspectra.api.session.Session;
import org.inspectra.api.session.SessionService;
import org.inspectra.rest.problem.Problem;

/**
 * Authenticates every request (API.md, Conventions): HTTP Basic against the JAAS realm, or the browser session's
 * cookie ({@code POST /session}, docs/web.md). A cookie-authenticated request that changes state must echo the
 * session's anti-forgery token in {@code X-CSRF-Token} and come from this server's own origin, or it is refused
 * (403). Only the OpenAPI document, the health check and signing in answer without credentials. It runs before a
 * resource is matched, so a request without credentials learns nothing of the API (401, never a 404 or 415).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    /** Paths, relative to the API base, that answer without credentials. */
    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json", "openapi.yaml");

    /** The browser session's cookie. */
    public static final String SESSION_COOKIE = "inspectra-session";

    /** The header a cookie-authenticated write echoes the session's anti-forgery token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /**
     * The header the browser application marks its requests with: a 401 to such a request carries no
     * {@code WWW-Authenticate}, so the browser shows the application's sign-in page, not its own Basic dialog.
     */
    public static final String APPLICATION_MARKER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Authenticator authenticator;
    private final SessionService sessions;

    public BasicAuthenticationFilter(Authenticator authenticator, SessionService sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
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
        if ("session".equals(path) && "POST".equals(request.getMethod())) {
            // Signing in checks the credentials itself; a sign-in posted from another site is refused.
            if (crossSite(request)) {
                forbid(request, "Signing in is only possible from this server's own pages");
            }
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            Optional<Caller> caller = credentials(authorization)
                    .flatMap(c -> authenticator.authenticate(c.user(), c.password()));
            if (caller.isEmpty()) {
                unauthorized(request, "Send HTTP Basic credentials of a user of the Inspectra realm");
                return;
            }
            request.setSecurityContext(new CallerSecurityContext(caller.get(), secure(request)));
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        if (cookie == null) {
            unauthorized(request, "Send HTTP Basic credentials of a user of the Inspectra realm, or sign in");
            return;
        }
        Optional<Session> session = sessions.resume(cookie.getValue());
        if (session.isEmpty()) {
            unauthorized(request, "The session has ended (signed out or timed out): sign in again");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())) {
            if (crossSite(request)) {
                forbid(request, "A change through the browser session must come from this server's own pages");
                return;
            }
            if (!sameToken(session.get().csrfToken(), request.getHeaderString(CSRF_HEADER))) {
                forbid(request, "A change through the browser session needs the session's token in "
                        + CSRF_HEADER + " (GET /api/v1/session gives it)");
                return;
            }
        }
        request.setSecurityContext(new CallerSecurityContext(session.get().caller(), secure(request),
                session.get(), cookie.getValue()));
    }

    private static void unauthorized(ContainerRequestContext request, String detail) {
        Response.ResponseBuilder refusal = Problem.response(Response.Status.UNAUTHORIZED,
                "Authentication required", detail);
        if (request.getHeaderString(APPLICATION_MARKER) == null) {
            refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"inspectra\", charset=\"UTF-8\"");
        }
        request.abortWith(refusal.build());
    }

    private static void forbid(ContainerRequestContext request, String detail) {
        request.abortWith(Problem.response(Response.Status.FORBIDDEN, "Cross-site request refused", detail).build());
    }

    /**
     * Whether the browser says the request comes from another site: an {@code Origin} other than this server's, or
     * {@code Sec-Fetch-Site: cross-site}. Clients that send neither (curl, older browsers) are not refused here:
     * the anti-forgery token and the SameSite cookie still stand.
     */
    static boolean crossSite(ContainerRequestContext request) {
        if ("cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        return !origin.equalsIgnoreCase(originOf(request.getUriInfo().getBaseUri()));
    }

    static String originOf(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean secure(ContainerRequestContext request) {
        return "https".equalsIgnoreCase(request.getUriInfo().getRequestUri().getScheme());
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
