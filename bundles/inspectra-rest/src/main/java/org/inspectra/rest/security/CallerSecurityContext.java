package org.inspectra.rest.security;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.inspectra.api.security.Caller;

/** The JAX-RS security context of an authenticated request, carrying the {@link Caller}. */
public final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    public CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    public Caller caller() {
        return caller;
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
        return BASIC_AUTH;
    }
}
