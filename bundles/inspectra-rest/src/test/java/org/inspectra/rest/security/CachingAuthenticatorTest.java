package org.inspectra.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.inspectra.api.security.Caller;
import org.junit.jupiter.api.Test;

class CachingAuthenticatorTest {

    private final List<String> logins = new ArrayList<>();
    private final AtomicReference<String> password = new AtomicReference<>("secret");
    private final AtomicReference<Object> realmState = new AtomicReference<>("v1");
    private final AtomicLong now = new AtomicLong();
    private final Authenticator realm = (user, given) -> {
        logins.add(user);
        return String.valueOf(given).equals(password.get()) ? Optional.of(new Caller(user, Set.of("inspector")))
                : Optional.empty();
    };
    private final CachingAuthenticator cache = new CachingAuthenticator(realm, Duration.ofSeconds(30),
            realmState::get, now::get);

    @Test
    void aVerifiedCredentialIsRememberedForItsTime() {
        assertThat(cache.authenticate("ann", "secret".toCharArray())).map(Caller::user).contains("ann");
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.authenticate("ann", "secret".toCharArray())).isPresent();
        assertThat(logins).as("one login for both").hasSize(1);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.authenticate("ann", "secret".toCharArray())).isPresent();
        assertThat(logins).as("expired: the realm asked again").hasSize(2);
    }

    @Test
    void aRefusedOrDifferentPasswordAlwaysReachesTheRealm() {
        cache.authenticate("ann", "secret".toCharArray());
        assertThat(cache.authenticate("ann", "wrong".toCharArray())).isEmpty();
        assertThat(cache.authenticate("ann", "wrong".toCharArray())).isEmpty();
        assertThat(cache.authenticate("bob", "secret".toCharArray())).isPresent();
        assertThat(logins).containsExactly("ann", "ann", "ann", "bob");
    }

    @Test
    void aChangeToTheRealmForgetsWhatItVerified() {
        cache.authenticate("ann", "secret".toCharArray());
        password.set("changed");
        realmState.set("v2");
        assertThat(cache.authenticate("ann", "secret".toCharArray())).as("the old password no longer works")
                .isEmpty();
        assertThat(cache.authenticate("ann", "changed".toCharArray())).isPresent();
        assertThat(cache.authenticate("ann", "changed".toCharArray())).isPresent();
        assertThat(logins).hasSize(3);
        cache.forget();
        cache.authenticate("ann", "changed".toCharArray());
        assertThat(logins).hasSize(4);
    }

    @Test
    void nothingIsRememberedWithoutATime() {
        CachingAuthenticator off = new CachingAuthenticator(realm, Duration.ZERO, realmState::get, now::get);
        off.authenticate("ann", "secret".toCharArray());
        off.authenticate("ann", "secret".toCharArray());
        assertThat(logins).hasSize(2);
        assertThat(off.size()).isZero();
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i <= CachingAuthenticator.MAX_ENTRIES; i++) {
            password.set("p" + i);
            cache.authenticate("user" + i, ("p" + i).toCharArray());
        }
        assertThat(cache.size()).isLessThanOrEqualTo(CachingAuthenticator.MAX_ENTRIES);
    }
}
