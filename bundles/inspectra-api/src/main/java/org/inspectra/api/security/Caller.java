package org.inspectra.api.security;

import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param user  user name
 * @param roles platform roles held
 */
public record Caller(String user, Set<String> roles) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }
}
