package org.inspectra.rest.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: failed sign-ins are counted per user name and per client address within a window; once
 * either count reaches its limit, that user or address is refused without a password check for a lock period that
 * doubles with each lock in a row (up to a ceiling). A success clears the user's count. Memory is bounded: past
 * {@link #MAX_TRACKED} names and addresses, the ones not locked are forgotten first.
 */
public final class SignInThrottle {

    /** The limits; the defaults suit a team signing in by hand, not a script guessing. */
    public record Policy(int failuresPerUser, int failuresPerAddress, Duration window, Duration firstLock,
                         Duration longestLock) {
        public static final Policy DEFAULT = new Policy(5, 20, Duration.ofMinutes(15), Duration.ofSeconds(30),
                Duration.ofMinutes(15));
    }

    /** A refusal: who is locked (a user or an address) and for how long still. */
    public record Lock(String who, Duration retryAfter) {
    }

    /** A lock just imposed, for the audit trail. */
    public record Imposed(String key, int failures, Duration lockedFor) {
    }

    static final int MAX_TRACKED = 10_000;

    private final Policy policy;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public SignInThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The lock in force on this user or address, if any: checked before the password is. */
    public Optional<Lock> locked(String user, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(user), addressKey(address)}) {
            Count c = counts.get(key);
            if (c != null && c.lockedUntil != null && now.isBefore(c.lockedUntil)) {
                long seconds = Math.max(1, Duration.between(now, c.lockedUntil).toSeconds()
                        + (Duration.between(now, c.lockedUntil).toNanosPart() > 0 ? 1 : 0));
                return Optional.of(new Lock(key, Duration.ofSeconds(seconds)));
            }
        }
        return Optional.empty();
    }

    /** Counts a failure; returns the locks it imposed (none, the user's, the address's or both). */
    public java.util.List<Imposed> failed(String user, String address) {
        prune();
        java.util.List<Imposed> imposed = new java.util.ArrayList<>(2);
        count(userKey(user), policy.failuresPerUser()).ifPresent(imposed::add);
        count(addressKey(address), policy.failuresPerAddress()).ifPresent(imposed::add);
        return imposed;
    }

    /** A successful sign-in clears the user's count (the address's decays with the window). */
    public void succeeded(String user) {
        counts.remove(userKey(user));
    }

    private Optional<Imposed> count(String key, int limit) {
        Instant now = clock.instant();
        Imposed[] imposed = new Imposed[1];
        counts.compute(key, (k, c) -> {
            Count next = c == null || now.isAfter(c.windowStart.plus(policy.window())) && !c.locked(now)
                    ? new Count(now, 0, null, inARow(c, now)) : c;
            next.failures++;
            if (next.failures >= limit && !next.locked(now)) {
                Duration lock = policy.firstLock().multipliedBy(1L << Math.min(next.locks, 20));
                if (lock.compareTo(policy.longestLock()) > 0) {
                    lock = policy.longestLock();
                }
                next.locks++;
                next.lockedUntil = now.plus(lock);
                next.failures = 0;
                next.windowStart = now;
                imposed[0] = new Imposed(k, limit, lock);
            }
            return next;
        });
        return Optional.ofNullable(imposed[0]);
    }

    /** Locks count as in a row while the next failure comes within a window of the last lock's end. */
    private int inARow(Count c, Instant now) {
        return c != null && c.lockedUntil != null && now.isBefore(c.lockedUntil.plus(policy.window())) ? c.locks : 0;
    }

    private void prune() {
        if (counts.size() < MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        counts.entrySet().removeIf(e -> !e.getValue().locked(now));
        if (counts.size() >= MAX_TRACKED) {
            // Only locks left: keep the latest, since an attack spreads over many names or addresses at once.
            counts.entrySet().removeIf(e -> e.getValue().lockedUntil.isBefore(now.plus(policy.firstLock())));
        }
    }

    static String userKey(String user) {
        return "user:" + user;
    }

    static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }

    private static final class Count {
        Instant windowStart;
        int failures;
        volatile Instant lockedUntil;
        int locks;

        Count(Instant windowStart, int failures, Instant lockedUntil, int locks) {
            this.windowStart = windowStart;
            this.failures = failures;
            this.lockedUntil = lockedUntil;
            this.locks = locks;
        }

        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
