package org.inspectra.rest.security;

import java.security.Principal;
import java.util.Optional;

import javax.ws.rs.core.SecurityContext;

import org.inspectra.api.security.Caller;
import org.inspectra.api.session.Session;

/** The JAX-RS security context of an authenticated request, carrying the {@link Caller} and any browser session. */
public final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;
    private final Session session;
    private final String sessionToken;

    /** A request authenticated by HTTP Basic. */
    public CallerSecurityContext(Caller caller, boolean secure) {
        this(caller, secure, null, null);
    }

    /** A request authenticated by a browser session's cookie. */
    public CallerSecurityContext(Caller caller, boolean secure, Session session, String sessionToken) {
        this.caller = caller;
        this.secure = secure;
        this.session = session;
        this.sessionToken = sessionToken;
    }

    public Caller caller() {
        return caller;
    }

    /** The browser session the request came in, if it came in one. */
    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    public Optional<String> sessionToken() {
        return Optional.ofNullable(sessionToken);
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return session == null ? BASIC_AUTH : FORM_AUTH;
    }
}
