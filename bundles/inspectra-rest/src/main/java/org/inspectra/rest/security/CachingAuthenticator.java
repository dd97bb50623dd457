package org.inspectra.rest.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.inspectra.api.security.Caller;

/**
 * Remembers credentials the realm has just verified, for a short time, so a client sending the same HTTP Basic
 * credentials on every request costs one JAAS login per period instead of one a request (each login reads the realm's
 * users file). Kept apart from the realm and from the filter, so other concerns (throttling, hashing) wrap or are
 * wrapped alike.
 * <p>
 * Neither the password nor a plain hash of it is kept: an entry's key is a SHA-256 of a random salt made at start-up,
 * the user name and the password. Only successes are remembered, so a refused or changed password always reaches the
 * realm. Every entry belongs to the realm's state when it was verified ({@code realmState}: its configuration and the
 * files it reads); once that state changes, no earlier entry is used again.
 */
public final class CachingAuthenticator implements Authenticator {

    /** Entries kept at most; past it the cache starts afresh (a bound, not a policy). */
    static final int MAX_ENTRIES = 10_000;

    private final Authenticator realm;
    private final long ttlNanos;
    private final Supplier<?> realmState;
    private final LongSupplier nanoTime;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, Object realmState, long expiresAt) {
    }

    public CachingAuthenticator(Authenticator realm, Duration ttl, Supplier<?> realmState) {
        this(realm, ttl, realmState, System::nanoTime);
    }

    CachingAuthenticator(Authenticator realm, Duration ttl, Supplier<?> realmState, LongSupplier nanoTime) {
        this.realm = realm;
        this.ttlNanos = ttl.toNanos();
        this.realmState = realmState;
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Optional<Caller> authenticate(String user, char[] password) {
        if (ttlNanos <= 0) {
            return realm.authenticate(user, password);
        }
        Object state = realmState.get();
        String key = key(user, password);
        long now = nanoTime.getAsLong();
        Verified known = verified.get(key);
        if (known != null && known.realmState().equals(state) && now - known.expiresAt() < 0) {
            return Optional.of(known.caller());
        }
        Optional<Caller> caller = realm.authenticate(user, password);
        if (caller.isPresent()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(caller.get(), state, now + ttlNanos));
        } else {
            verified.remove(key);
        }
        return caller;
    }

    /** Forgets every credential, as when the realm is replaced. */
    public void forget() {
        verified.clear();
    }

    int size() {
        return verified.size();
    }

    private String key(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            sha.update(bytes);
            Arrays.fill(bytes.array(), (byte) 0);
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
