package org.inspectra.api.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * An authenticated caller.
 *
 * @param user  user name
 * @param roles platform roles held
 */
public record Caller(String user, Set<String> roles) {

    /**
     * A link person's authority is a role of the realm too: {@code la:330} ties its holder to the local authority with
     * DfE number 330.
     */
    public static final String AUTHORITY_ROLE_PREFIX = "la:";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Inspectorate staff: administrators, lead inspectors and inspectors. */
    public boolean isStaff() {
        return isAdmin() || hasRole(Role.LEAD_INSPECTOR) || hasRole(Role.INSPECTOR);
    }

    /** The local authorities a link person speaks for (from {@code la:NNN} roles). */
    public Set<String> localAuthorities() {
        return roles.stream().filter(r -> r.startsWith(AUTHORITY_ROLE_PREFIX))
                .map(r -> r.substring(AUTHORITY_ROLE_PREFIX.length())).collect(Collectors.toUnmodifiableSet());
    }
}
