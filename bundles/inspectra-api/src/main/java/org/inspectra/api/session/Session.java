package org.inspectra.api.session;

import java.time.Instant;

import org.inspectra.api.security.Caller;

/**
 * A signed-in browser session as it stands.
 *
 * @param caller    who signed in, with the roles the realm gave at sign-in
 * @param csrfToken the token every state-changing request of the session must echo in {@code X-CSRF-Token}
 * @param createdAt when the user signed in
 * @param lastUsed  when the session was last used (to the minute: it is written at most once a minute)
 * @param expiresAt when it ends at the latest, however busy (the absolute timeout); it ends sooner when idle
 */
public record Session(Caller caller, String csrfToken, Instant createdAt, Instant lastUsed, Instant expiresAt) {
}
