package org.inspectra.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.session.OpenedSession;
import org.inspectra.api.session.Session;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.store.SessionStore;
import org.junit.jupiter.api.Test;

class StoredSessionServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-09-01T09:00:00Z"));
    private final MapStore store = new MapStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final StoredSessionService sessions = new StoredSessionService(config(30, 10), store,
            new AuditTrail() {
                @Override
                public void record(AuditEntry entry) {
                    audit.add(entry);
                }

                @Override
                public Page<AuditEntry> about(String subject, PageRequest page) {
                    return new Page<>(audit, null);
                }
            }, clock);

    private final Caller lead = new Caller("lead", Set.of("lead-inspector"));

    @Test
    void aSessionIsResumedByItsTokenAndOnlyItsHashIsStored() {
        OpenedSession opened = sessions.open(lead);

        assertThat(opened.token()).hasSize(43); // 256 bits, URL-safe Base64 without padding
        assertThat(store.sessions).containsOnlyKeys(StoredSessionService.hash(opened.token()));
        assertThat(store.sessions.values()).noneMatch(s -> s.toString().contains(opened.token()));
        Optional<Session> resumed = sessions.resume(opened.token());
        assertThat(resumed).get().extracting(Session::caller).isEqualTo(lead);
        assertThat(resumed.get().csrfToken()).isEqualTo(opened.session().csrfToken()).hasSize(43);
        assertThat(resumed.get().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(10)));
        assertThat(store.opened).extracting(AuditEntry::action).containsExactly("session.opened");
    }

    @Test
    void unknownAndMalformedTokensResumeNothing() {
        sessions.open(lead);
        assertThat(sessions.resume("not-a-token")).isEmpty();
        assertThat(sessions.resume("")).isEmpty();
        assertThat(sessions.resume(null)).isEmpty();
        assertThat(sessions.resume("x".repeat(5000))).isEmpty();
    }

    @Test
    void anIdleSessionEndsButAUsedOneGoesOnUntilItsAbsoluteEnd() {
        OpenedSession idle = sessions.open(lead);
        OpenedSession busy = sessions.open(lead);
        for (int i = 0; i < 22; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(sessions.resume(busy.token())).as("used every 25 minutes, at step " + i).isPresent();
        }
        assertThat(sessions.resume(idle.token())).isEmpty();
        clock.advance(Duration.ofMinutes(25)); // 9 hours 35 minutes after sign-in, then past 10 hours
        assertThat(sessions.resume(busy.token())).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.resume(busy.token())).isEmpty();
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        OpenedSession opened = sessions.open(lead);
        clock.advance(Duration.ofSeconds(20));
        sessions.resume(opened.token());
        assertThat(store.touches).isZero();
        clock.advance(Duration.ofSeconds(50));
        sessions.resume(opened.token());
        sessions.resume(opened.token());
        assertThat(store.touches).isEqualTo(1);
    }

    @Test
    void aClosedSessionIsRefusedFromThenOnAndTheSignOutIsAudited() {
        OpenedSession opened = sessions.open(lead);
        sessions.close(opened.token());
        assertThat(sessions.resume(opened.token())).isEmpty();
        assertThat(store.closed).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("session.closed", "lead", "user/lead"));
        sessions.close(opened.token());
        assertThat(store.closed).hasSize(1);
    }

    @Test
    void aRefusedSignInIsAudited() {
        sessions.refused("mallory");
        assertThat(audit).extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("session.refused", "user/mallory"));
    }

    private static StoredSessionService.Config config(int idleMinutes, int absoluteHours) {
        return new StoredSessionService.Config() {
            @Override
            public int idleMinutes() {
                return idleMinutes;
            }

            @Override
            public int absoluteHours() {
                return absoluteHours;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return StoredSessionService.Config.class;
            }
        };
    }

    private static final class MapStore implements SessionStore {
        final Map<String, StoredSession> sessions = new HashMap<>();
        final List<AuditEntry> opened = new ArrayList<>();
        final List<AuditEntry> closed = new ArrayList<>();
        int touches;

        @Override
        public void open(StoredSession session, AuditEntry audit, Instant now) {
            sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
            sessions.put(session.tokenHash(), session);
            opened.add(audit);
        }

        @Override
        public Optional<StoredSession> find(String tokenHash) {
            return Optional.ofNullable(sessions.get(tokenHash));
        }

        @Override
        public void touch(String tokenHash, Instant at) {
            touches++;
            StoredSession s = sessions.get(tokenHash);
            sessions.put(tokenHash, new StoredSession(s.tokenHash(), s.user(), s.roles(), s.csrfToken(),
                    s.createdAt(), at, s.expiresAt()));
        }

        @Override
        public void close(String tokenHash, AuditEntry audit) {
            if (sessions.remove(tokenHash) != null) {
                closed.add(audit);
            }
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
