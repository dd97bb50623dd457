package org.inspectra.api.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Browser sessions, keyed by the SHA-256 hash of their token (the token itself is never stored). */
public interface SessionStore {

    /** Stores a new session, with its audit entry, and drops every session that has expired by {@code now}. */
    void open(StoredSession session, AuditEntry audit, Instant now);

    Optional<StoredSession> find(String tokenHash);

    /** Marks the session used at {@code at}. */
    void touch(String tokenHash, Instant at);

    /** Removes the session, with its audit entry; nothing where there is none. */
    void close(String tokenHash, AuditEntry audit);

    /**
     * A session as stored.
     *
     * @param tokenHash lower-case hex SHA-256 of the token
     * @param user      user name
     * @param roles     the roles the realm gave at sign-in
     * @param csrfToken the anti-forgery token of the session
     * @param createdAt signed in
     * @param lastUsed  last used
     * @param expiresAt absolute end
     */
    record StoredSession(String tokenHash, String user, Set<String> roles, String csrfToken,
                         Instant createdAt, Instant lastUsed, Instant expiresAt) {
        public StoredSession {
            roles = Set.copyOf(roles);
        }
    }
}
