package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.inspectra.api.security.Role;
import org.inspectra.api.session.Session;

/**
 * A browser session as its own browser sees it.
 *
 * @param user        user name
 * @param roles       the platform roles held ({@code admin}, {@code lead-inspector}, {@code inspector},
 *                    {@code la-link})
 * @param authorities the local authorities a link person speaks for (DfE numbers)
 * @param csrfToken   the token to echo in {@code X-CSRF-Token} on every change made through the session
 * @param expiresAt   when the session ends at the latest (it ends sooner when idle)
 */
public record SessionView(String user, List<String> roles, List<String> authorities, String csrfToken,
                          Instant expiresAt) {

    private static final Set<String> PLATFORM_ROLES = Set.of(Role.ADMIN, Role.LEAD_INSPECTOR, Role.INSPECTOR,
            Role.LA_LINK);

    public static SessionView of(Session s) {
        return new SessionView(s.caller().user(),
                s.caller().roles().stream().filter(PLATFORM_ROLES::contains).sorted().toList(),
                s.caller().localAuthorities().stream().sorted().toList(), s.csrfToken(), s.expiresAt());
    }
}
