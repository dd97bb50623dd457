package org.inspectra.rest.resource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.security.Caller;
import org.inspectra.api.session.OpenedSession;
import org.inspectra.api.session.Session;
import org.inspectra.api.session.SessionService;
import org.inspectra.rest.problem.Problem;
import org.inspectra.rest.representation.SessionView;
import org.inspectra.rest.representation.SignInBody;
import org.inspectra.rest.security.BasicAuthenticationFilter;
import org.inspectra.rest.security.CallerSecurityContext;
import org.inspectra.rest.security.Authenticator;

/**
 * Signing in and out of the browser application (docs/web.md): the same realm as HTTP Basic, checked by the same
 * authenticator, then a session cookie that is HttpOnly, SameSite=Strict and expires.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "session")
public final class SessionResource {

    private final Authenticator authenticator;
    private final SessionService sessions;

    public SessionResource(Authenticator authenticator, SessionService sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in: check the user and password against the realm and open a browser session",
            description = "Answers 201 with the session (its anti-forgery token among it) and sets the cookie "
                    + "inspectra-session (HttpOnly, SameSite=Strict, Path=/, Max-Age; Secure over https). 401 where "
                    + "the realm refuses the credentials. Needs no credentials; refused (403) from another origin.",
            responses = {
                    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(
                            implementation = SessionView.class))),
                    @ApiResponse(responseCode = "401", description = "User name or password refused")})
    public Response signIn(@NotNull @Valid SignInBody body,
                           @CookieParam(BasicAuthenticationFilter.SESSION_COOKIE) String previous,
                           @Context UriInfo uri) {
        Caller caller = authenticator.authenticate(body.user().strip(), body.password().toCharArray()).orElse(null);
        if (caller == null) {
            sessions.refused(body.user().strip());
            // The application shows this beside the password field; it never says which of the two was wrong.
            return Problem.response(Problem.of(Response.Status.UNAUTHORIZED, "Sign-in refused",
                    "The user name or password is not right", List.of(new Violation("password", "refused",
                            "Enter a correct user name and password")))).build();
        }
        if (previous != null) {
            sessions.close(previous);
        }
        OpenedSession opened = sessions.open(caller);
        long maxAge = Math.max(0, Duration.between(Instant.now(), opened.session().expiresAt()).getSeconds());
        return Response.created(uri.getAbsolutePath())
                .header(HttpHeaders.SET_COOKIE, cookie(opened.token(), maxAge,
                        "https".equalsIgnoreCase(uri.getRequestUri().getScheme())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(SessionView.of(opened.session())).build();
    }

    @GET
    @Operation(summary = "The browser session this request came in, with its anti-forgery token",
            description = "401 without a live session; 404 for a request authenticated by HTTP Basic, which has "
                    + "no session.")
    public Response current(@Context SecurityContext security) {
        return Response.ok(SessionView.of(session(security))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Operation(summary = "Sign out: end the browser session; its cookie is refused from then on",
            responses = @ApiResponse(responseCode = "204"))
    public Response signOut(@Context SecurityContext security, @Context UriInfo uri) {
        session(security);
        ((CallerSecurityContext) security).sessionToken().ifPresent(sessions::close);
        return Response.noContent().header(HttpHeaders.SET_COOKIE,
                cookie("", 0, "https".equalsIgnoreCase(uri.getRequestUri().getScheme()))).build();
    }

    private static Session session(SecurityContext security) {
        if (security instanceof CallerSecurityContext c && c.session().isPresent()) {
            return c.session().get();
        }
        throw new NotFoundException("This request was authenticated by HTTP Basic: there is no browser session");
    }

    /** JAX-RS 2.1's NewCookie has no SameSite, so the header is written whole. */
    static String cookie(String value, long maxAgeSeconds, boolean secure) {
        return BasicAuthenticationFilter.SESSION_COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
