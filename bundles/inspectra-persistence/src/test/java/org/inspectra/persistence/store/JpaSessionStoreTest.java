package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.SessionStore.StoredSession;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browser sessions on a real Derby database migrated by the real Flyway scripts (V20). */
class JpaSessionStoreTest {

    private static final Instant NOON = Instant.parse("2025-09-01T12:00:00Z");

    private ResourceLocalJpaTemplate jpa;
    private JpaSessionStore sessions;
    private JpaAuditTrail audit;

    @BeforeEach
    void database() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        SchemaMigration schema = new SchemaMigration(dataSource);
        jpa = new ResourceLocalJpaTemplate(dataSource);
        sessions = new JpaSessionStore(jpa, schema);
        audit = new JpaAuditTrail(jpa, schema);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    @Test
    void opensFindsTouchesAndClosesASessionWithItsAudit() {
        StoredSession session = session("a".repeat(64), NOON.plusSeconds(3600));
        sessions.open(session, entry("session.opened"), NOON);

        assertThat(sessions.find(session.tokenHash())).contains(session);
        sessions.touch(session.tokenHash(), NOON.plusSeconds(60));
        assertThat(sessions.find(session.tokenHash())).get().extracting(StoredSession::lastUsed)
                .isEqualTo(NOON.plusSeconds(60));

        sessions.close(session.tokenHash(), entry("session.closed"));
        assertThat(sessions.find(session.tokenHash())).isEmpty();
        assertThat(audit.about("user/lead", PageRequest.first(100)).items()).extracting(AuditEntry::action)
                .containsExactly("session.opened", "session.closed");
    }

    @Test
    void openingASessionDropsThoseThatHaveExpired() {
        StoredSession old = session("b".repeat(64), NOON.minusSeconds(1));
        sessions.open(old, entry("session.opened"), NOON.minusSeconds(7200));
        sessions.open(session("c".repeat(64), NOON.plusSeconds(3600)), entry("session.opened"), NOON);

        assertThat(sessions.find(old.tokenHash())).isEmpty();
        assertThat(sessions.find("c".repeat(64))).isPresent();
    }

    @Test
    void closingAnUnknownSessionChangesNothing() {
        sessions.close("d".repeat(64), entry("session.closed"));
        assertThat(audit.about("user/lead", PageRequest.first(100)).items()).isEmpty();
    }

    private static StoredSession session(String hash, Instant expires) {
        return new StoredSession(hash, "lead", Set.of("lead-inspector", "la:330"), "csrf-" + hash.charAt(0),
                NOON, NOON, expires);
    }

    private static AuditEntry entry(String action) {
        return new AuditEntry(NOON, "lead", action, "user/lead", null, null);
    }
}
