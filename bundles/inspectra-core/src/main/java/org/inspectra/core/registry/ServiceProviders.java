package org.inspectra.core.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.inspectra.api.registry.ProvidingBundle;
import org.osgi.framework.Bundle;

/**
 * The services of one SPI (framework versions, theme versions) as bundles register them, by the key each serves.
 * Where two services serve the same key, the one registered last wins.
 * <p>
 * A bundle updated in place unregisters its service and registers it again moments later. So that no request fails
 * in between, a departed service stays served, from its immutable content, until its replacement registers, for at
 * most {@link #GRACE}, and never once its bundle is uninstalled.
 *
 * @param <K> what a service serves (e.g. a framework version)
 * @param <S> the service type
 */
final class ServiceProviders<K, S> {

    static final Duration GRACE = Duration.ofSeconds(60);

    private final Clock clock;
    /** Providers by service id, live or departing. */
    private final Map<Long, Provider<K, S>> providers = new ConcurrentHashMap<>();

    ServiceProviders(Clock clock) {
        this.clock = clock;
    }

    void add(long serviceId, S service, K key, Bundle bundle) {
        Provider<K, S> added = new Provider<>(serviceId, service, key, bundle, null);
        providers.put(serviceId, added);
        // The replacement of a departing provider has arrived: the departed one is no longer needed.
        providers.values().removeIf(p -> p.departedAt() != null && p.key().equals(added.key()));
    }

    void depart(long serviceId) {
        providers.computeIfPresent(serviceId, (id, p) -> p.departed(clock.instant()));
    }

    /** One provider per key: a live one if any, the most recently registered first. */
    Map<K, Provider<K, S>> current() {
        Instant now = clock.instant();
        providers.values().removeIf(p -> p.expired(now));
        Map<K, Provider<K, S>> current = new HashMap<>();
        for (Provider<K, S> p : providers.values()) {
            current.merge(p.key(), p, ServiceProviders::preferred);
        }
        return current;
    }

    private static <K, S> Provider<K, S> preferred(Provider<K, S> a, Provider<K, S> b) {
        if ((a.departedAt() == null) != (b.departedAt() == null)) {
            return a.departedAt() == null ? a : b;
        }
        return a.serviceId() > b.serviceId() ? a : b;
    }

    record Provider<K, S>(long serviceId, S service, K key, Bundle bundle, Instant departedAt) {

        Provider<K, S> departed(Instant at) {
            return new Provider<>(serviceId, service, key, bundle, at);
        }

        boolean expired(Instant now) {
            return departedAt != null
                    && (bundle.getState() == Bundle.UNINSTALLED || departedAt.plus(GRACE).isBefore(now));
        }

        ProvidingBundle providingBundle() {
            return new ProvidingBundle(bundle.getBundleId(), bundle.getSymbolicName(), bundle.getVersion().toString(),
                    BundleStates.name(bundle.getState()));
        }
    }
}
