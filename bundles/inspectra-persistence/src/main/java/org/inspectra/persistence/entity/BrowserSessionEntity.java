package org.inspectra.persistence.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Proxy;
import org.inspectra.api.store.SessionStore.StoredSession;

/** A browser session, under the hash of its token. */
@Entity
@Proxy(lazy = false)
@Table(name = "browser_session")
public class BrowserSessionEntity {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "user_name", nullable = false, length = 128)
    private String user;

    /** Role names joined by commas: realm role names carry none. */
    @Column(name = "roles", nullable = false, length = 2000)
    private String roles;

    @Column(name = "csrf_token", nullable = false, length = 64)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used", nullable = false)
    private Instant lastUsed;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected BrowserSessionEntity() {
        // for JPA
    }

    public BrowserSessionEntity(StoredSession session) {
        this.tokenHash = session.tokenHash();
        this.user = session.user();
        this.roles = session.roles().stream().sorted().collect(Collectors.joining(","));
        this.csrfToken = session.csrfToken();
        this.createdAt = session.createdAt();
        this.lastUsed = session.lastUsed();
        this.expiresAt = session.expiresAt();
    }

    public void touch(Instant at) {
        this.lastUsed = at;
    }

    public StoredSession toDomain() {
        Set<String> roleSet = roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
        return new StoredSession(tokenHash, user, roleSet, csrfToken, createdAt, lastUsed, expiresAt);
    }
}
