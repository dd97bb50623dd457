package org.inspectra.rest.security;

import java.util.Arrays;

import javax.ws.rs.core.SecurityContext;

import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.security.Caller;

/** Reads the caller off a request and checks coarse roles; finer checks (team membership) live in core. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext context) {
        if (context instanceof CallerSecurityContext c) {
            return c.caller();
        }
        // The authentication filter runs before every resource; reaching here means it was bypassed.
        throw new IllegalStateException("request reached a resource without authentication");
    }

    /** The caller, provided it holds one of the roles. */
    public static Caller withAnyRole(SecurityContext context, String... roles) {
        Caller caller = of(context);
        if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
            throw new ForbiddenException("This needs one of the roles " + String.join(", ", roles));
        }
        return caller;
    }
}
