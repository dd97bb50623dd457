package org.inspectra.rest.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one check of a user name and password, which every way of signing in goes through (HTTP Basic on each request,
 * and any sign-in endpoint): first the {@link SignInThrottle} (a locked user or address is refused without its
 * password being checked, so guessing costs the guesser time and the server nothing), then the {@link Authenticator}.
 * Each lock imposed is written to the audit trail.
 */
public final class CredentialCheck implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialCheck.class);

    /** What a sign-in comes to. */
    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    /** The credentials are good. */
    public record SignedIn(Caller caller) implements Outcome {
    }

    /** The credentials are wrong (or the user unknown: the two are not told apart). */
    public record Refused() implements Outcome {
    }

    /** Too many failures: try again after {@code retryAfter}; the password was not checked. */
    public record Throttled(Duration retryAfter) implements Outcome {
    }

    /** The longest user name worth checking. */
    static final int MAX_USER = 128;

    private final Authenticator authenticator;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    public CredentialCheck(Authenticator authenticator, SignInThrottle throttle, AuditTrail audit, Clock clock) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The check as every sign-in path calls it (HTTP Basic, the session endpoint): the client's address is the
     * current request's.
     *
     * @throws javax.ws.rs.WebApplicationException 429 with {@code Retry-After} and a problem document while the
     *                                             user or address is locked
     */
    @Override
    public Optional<Caller> authenticate(String user, char[] password) {
        Outcome outcome = check(user, password, ClientAddress.current());
        if (outcome instanceof Throttled throttled) {
            throw new javax.ws.rs.WebApplicationException(org.inspectra.rest.problem.Problem.response(
                            javax.ws.rs.core.Response.Status.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                            "Sign-in is paused for this user or address after repeated failures; try again in "
                                    + throttled.retryAfter().toSeconds() + " s")
                    .header(javax.ws.rs.core.HttpHeaders.RETRY_AFTER, throttled.retryAfter().toSeconds()).build());
        }
        return outcome instanceof SignedIn signedIn ? Optional.of(signedIn.caller()) : Optional.empty();
    }

    /**
     * @param address the client's address as the server sees it (behind a proxy: the proxy's, see
     *                docs/security.md)
     */
    public Outcome check(String user, char[] password, String address) {
        Optional<SignInThrottle.Lock> lock = throttle.locked(user, address);
        if (lock.isPresent()) {
            return new Throttled(lock.get().retryAfter());
        }
        // No realm has such a name: not worth a password check, and not to be written to the audit trail.
        boolean plausible = user.length() <= MAX_USER && user.chars().noneMatch(Character::isISOControl);
        Optional<Caller> caller = plausible ? authenticator.authenticate(user, password) : Optional.empty();
        if (caller.isPresent()) {
            throttle.succeeded(user);
            return new SignedIn(caller.get());
        }
        for (SignInThrottle.Imposed imposed : throttle.failed(plausible ? user : "?", address)) {
            LOG.warn("Sign-in throttled: {} after {} failures, locked for {} s (last from {})", imposed.key(),
                    imposed.failures(), imposed.lockedFor().toSeconds(), address);
            try {
                audit.record(new AuditEntry(clock.instant(), plausible ? user : "?", "sign-in.throttled",
                        imposed.key().replaceFirst(":", "/"), null, "{\"failures\":" + imposed.failures()
                        + ",\"lockedForSeconds\":" + imposed.lockedFor().toSeconds() + ",\"address\":\""
                        + address + "\"}"));
            } catch (RuntimeException e) {
                // The lock holds whether or not the database takes the entry; the log above has it.
                LOG.warn("Could not audit a sign-in lock: {}", e.toString());
            }
        }
        return throttle.locked(user, address).<Outcome>map(l -> new Throttled(l.retryAfter()))
                .orElseGet(Refused::new);
    }
}
