package org.inspectra.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.junit.jupiter.api.Test;

class CredentialCheckTest {

    private final MutableClock clock = new MutableClock();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final Authenticator realm = (user, password) -> {
        passwordChecks.incrementAndGet();
        return "secret".equals(new String(password)) ? Optional.of(new Caller(user, Set.of("inspector")))
                : Optional.empty();
    };
    private final CredentialCheck check = new CredentialCheck(realm, new SignInThrottle(
            new SignInThrottle.Policy(3, 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(2)),
            clock), new AuditTrail() {
                @Override
                public void record(AuditEntry entry) {
                    audit.add(entry);
                }

                @Override
                public org.inspectra.api.page.Page<AuditEntry> about(String subject,
                                                                     org.inspectra.api.page.PageRequest page) {
                    throw new UnsupportedOperationException("not read here");
                }
            }, clock);

    @Test
    void locksAUserAfterRepeatedFailuresWithoutCheckingItsPasswordAndAuditsTheLock() {
        assertThat(check.check("lead", "x".toCharArray(), "10.0.0.1")).isInstanceOf(CredentialCheck.Refused.class);
        assertThat(check.check("lead", "y".toCharArray(), "10.0.0.2")).isInstanceOf(CredentialCheck.Refused.class);
        assertThat(check.check("lead", "z".toCharArray(), "10.0.0.3")).isInstanceOf(CredentialCheck.Throttled.class);
        int checks = passwordChecks.get();
        CredentialCheck.Outcome locked = check.check("lead", "secret".toCharArray(), "10.0.0.4");
        assertThat(locked).isEqualTo(new CredentialCheck.Throttled(Duration.ofSeconds(30)));
        assertThat(passwordChecks.get()).isEqualTo(checks);
        assertThat(audit).extracting(AuditEntry::action, AuditEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sign-in.throttled", "user/lead"));
        // Another user from elsewhere is not held up.
        assertThat(check.check("inspector", "secret".toCharArray(), "10.0.0.9"))
                .isInstanceOf(CredentialCheck.SignedIn.class);

        clock.advance(Duration.ofSeconds(31));
        assertThat(check.check("lead", "secret".toCharArray(), "10.0.0.4")).isInstanceOf(CredentialCheck.SignedIn.class);
    }

    @Test
    void eachLockInARowLastsTwiceAsLongUpToTheLongest() {
        for (Duration expected : List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(120))) {
            CredentialCheck.Outcome last = null;
            for (int i = 0; i < 3; i++) {
                last = check.check("lead", "x".toCharArray(), "10.0.0." + i);
            }
            assertThat(last).isEqualTo(new CredentialCheck.Throttled(expected));
            clock.advance(expected.plusSeconds(1));
        }
    }

    @Test
    void locksAnAddressGuessingManyUsers() {
        for (int i = 0; i < 4; i++) {
            assertThat(check.check("user" + i, "x".toCharArray(), "192.0.2.7"))
                    .isInstanceOf(CredentialCheck.Refused.class);
        }
        assertThat(check.check("user5", "x".toCharArray(), "192.0.2.7")).isInstanceOf(CredentialCheck.Throttled.class);
        assertThat(check.check("inspector", "secret".toCharArray(), "192.0.2.7"))
                .isInstanceOf(CredentialCheck.Throttled.class);
        assertThat(check.check("inspector", "secret".toCharArray(), "192.0.2.8"))
                .isInstanceOf(CredentialCheck.SignedIn.class);
        assertThat(audit).extracting(AuditEntry::subject).containsExactly("address/192.0.2.7");
    }

    @Test
    void aSuccessClearsTheUsersCountAndAnAbsurdNameIsNeverChecked() {
        check.check("lead", "x".toCharArray(), "10.0.0.1");
        check.check("lead", "x".toCharArray(), "10.0.0.1");
        check.check("lead", "secret".toCharArray(), "10.0.0.1");
        assertThat(check.check("lead", "x".toCharArray(), "10.0.0.1")).isInstanceOf(CredentialCheck.Refused.class);
        int checks = passwordChecks.get();
        assertThat(check.check("x".repeat(10_000), "secret".toCharArray(), "10.0.0.5"))
                .isInstanceOf(CredentialCheck.Refused.class);
        assertThat(passwordChecks.get()).isEqualTo(checks);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
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
