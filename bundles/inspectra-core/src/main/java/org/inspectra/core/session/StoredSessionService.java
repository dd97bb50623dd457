package org.inspectra.core.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.inspectra.api.security.Caller;
import org.inspectra.api.session.OpenedSession;
import org.inspectra.api.session.Session;
import org.inspectra.api.session.SessionService;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.AuditTrail;
import org.inspectra.api.store.SessionStore;
import org.inspectra.api.store.SessionStore.StoredSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Browser sessions in the database: a random 256-bit token per session, of which only the SHA-256 hash is stored, so
 * any node of a cluster serves the session and it survives a restart. A session ends when signed out, after
 * {@code idleMinutes} without use, or {@code absoluteHours} after sign-in however busy
 * ({@code etc/org.inspectra.session.cfg}).
 */
@Component(service = SessionService.class, configurationPid = StoredSessionService.PID)
@Designate(ocd = StoredSessionService.Config.class)
public final class StoredSessionService implements SessionService {

    public static final String PID = "org.inspectra.session";

    /** Last-used times are written at most this often, so reading pages is not a write per request. */
    static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    @ObjectClassDefinition(name = "Inspectra browser sessions",
            description = "How long a signed-in browser session lasts (docs/web.md)")
    public @interface Config {
        @AttributeDefinition(description = "Minutes without a request after which a session ends", min = "1")
        int idleMinutes() default 30;

        @AttributeDefinition(description = "Hours after sign-in after which a session ends however busy", min = "1")
        int absoluteHours() default 10;
    }

    private final SessionStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile Duration idle;
    private volatile Duration absolute;

    @Activate
    public StoredSessionService(Config config, @Reference SessionStore store, @Reference AuditTrail audit) {
        this(config, store, audit, Clock.systemUTC());
    }

    StoredSessionService(Config config, SessionStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        idle = Duration.ofMinutes(Math.max(1, config.idleMinutes()));
        absolute = Duration.ofHours(Math.max(1, config.absoluteHours()));
    }

    @Override
    public OpenedSession open(Caller caller) {
        Instant now = clock.instant();
        String token = randomToken();
        StoredSession stored = new StoredSession(hash(token), caller.user(), caller.roles(), randomToken(), now, now,
                now.plus(absolute));
        store.open(stored, new AuditEntry(now, caller.user(), "session.opened", subject(caller.user()), null,
                "roles " + caller.roles().stream().sorted().toList() + ", until " + stored.expiresAt()), now);
        return new OpenedSession(token, session(stored));
    }

    @Override
    public Optional<Session> resume(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.find(hash(token)).filter(s -> live(s, now)).map(s -> {
            if (Duration.between(s.lastUsed(), now).compareTo(TOUCH_GRANULARITY) >= 0) {
                store.touch(s.tokenHash(), now);
                s = new StoredSession(s.tokenHash(), s.user(), s.roles(), s.csrfToken(), s.createdAt(), now,
                        s.expiresAt());
            }
            return session(s);
        });
    }

    @Override
    public void close(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = hash(token);
        store.find(hash).ifPresent(s -> store.close(hash, new AuditEntry(clock.instant(), s.user(),
                "session.closed", subject(s.user()), null, null)));
    }

    @Override
    public void refused(String user) {
        audit.record(new AuditEntry(clock.instant(), user == null ? "" : user, "session.refused",
                subject(user), null, null));
    }

    /** Live: before its absolute end, and used within the idle timeout (last-used is kept to the minute). */
    private boolean live(StoredSession s, Instant now) {
        return now.isBefore(s.expiresAt()) && now.isBefore(s.lastUsed().plus(idle).plus(TOUCH_GRANULARITY));
    }

    private static Session session(StoredSession s) {
        return new Session(new Caller(s.user(), s.roles()), s.csrfToken(), s.createdAt(), s.lastUsed(),
                s.expiresAt());
    }

    private static String subject(String user) {
        return "user/" + user;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
