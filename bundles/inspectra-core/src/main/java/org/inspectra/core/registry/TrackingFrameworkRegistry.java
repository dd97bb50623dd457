package org.inspectra.core.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.FrameworkStatus;
import org.inspectra.api.registry.ProvidingBundle;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.store.FrameworkStatusStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Tracks the {@link InspectionFramework} services as framework bundles come and go. Several versions of one
 * framework live side by side; where two services claim the same id and version, the one registered last wins.
 * <p>
 * A bundle updated in place unregisters its framework and registers it again moments later. So that no request
 * fails in between, a departed framework stays served, from its immutable definition, until its replacement
 * registers, for at most {@link #GRACE}, and never once its bundle is uninstalled.
 */
@Component(service = FrameworkRegistry.class, immediate = true)
public final class TrackingFrameworkRegistry implements FrameworkRegistry {

    private static final Comparator<RegisteredFramework> ORDER = Comparator
            .comparing((RegisteredFramework f) -> f.key().id())
            .thenComparing(f -> f.key().version(), FrameworkVersionOrder.INSTANCE);

    static final Duration GRACE = Duration.ofSeconds(60);

    private final FrameworkStatusStore statusStore;
    private final Clock clock;
    /** Providers by service id, live or departing; the map itself is the registry's only state. */
    private final Map<Long, Provider> providers = new ConcurrentHashMap<>();

    @Activate
    public TrackingFrameworkRegistry(@Reference FrameworkStatusStore statusStore) {
        this(statusStore, Clock.systemUTC());
    }

    TrackingFrameworkRegistry(FrameworkStatusStore statusStore, Clock clock) {
        this.statusStore = statusStore;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFramework(ServiceReference<InspectionFramework> reference, InspectionFramework framework) {
        Bundle bundle = reference.getBundle();
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        add(serviceId, framework, bundle);
    }

    void removeFramework(ServiceReference<InspectionFramework> reference, InspectionFramework framework) {
        depart((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    void add(long serviceId, InspectionFramework framework, Bundle bundle) {
        Provider added = new Provider(serviceId, framework, framework.definition().key(), bundle, null);
        providers.put(serviceId, added);
        // The replacement of a departing provider has arrived: the departed one is no longer needed.
        providers.values().removeIf(p -> p.departedAt() != null && p.key().equals(added.key()));
    }

    void depart(long serviceId) {
        providers.computeIfPresent(serviceId, (id, p) -> p.departed(clock.instant()));
    }

    @Override
    public List<RegisteredFramework> all() {
        Set<FrameworkKey> retired = statusStore.retired();
        Map<FrameworkKey, Provider> current = currentProviders();
        List<RegisteredFramework> result = new ArrayList<>();
        current.values().forEach(p -> result.add(p.registered(retired)));
        result.sort(ORDER);
        return result;
    }

    @Override
    public Optional<RegisteredFramework> newestActive(String frameworkId) {
        return all().stream()
                .filter(f -> f.key().id().equals(frameworkId) && f.active())
                .max(ORDER);
    }

    @Override
    public Optional<RegisteredFramework> find(String frameworkId, String version) {
        FrameworkKey key = new FrameworkKey(frameworkId, version);
        Provider provider = currentProviders().get(key);
        return provider == null ? Optional.empty() : Optional.of(provider.registered(statusStore.retired()));
    }

    /** One provider per framework version: a live one if any, the most recently registered first. */
    private Map<FrameworkKey, Provider> currentProviders() {
        Instant now = clock.instant();
        providers.values().removeIf(p -> p.expired(now));
        Map<FrameworkKey, Provider> current = new HashMap<>();
        for (Provider p : providers.values()) {
            current.merge(p.key(), p, TrackingFrameworkRegistry::preferred);
        }
        return current;
    }

    private static Provider preferred(Provider a, Provider b) {
        if ((a.departedAt() == null) != (b.departedAt() == null)) {
            return a.departedAt() == null ? a : b;
        }
        return a.serviceId() > b.serviceId() ? a : b;
    }

    private record Provider(long serviceId, InspectionFramework framework, FrameworkKey key, Bundle bundle,
                            Instant departedAt) {

        Provider departed(Instant at) {
            return new Provider(serviceId, framework, key, bundle, at);
        }

        boolean expired(Instant now) {
            return departedAt != null
                    && (bundle.getState() == Bundle.UNINSTALLED || departedAt.plus(GRACE).isBefore(now));
        }

        RegisteredFramework registered(Set<FrameworkKey> retired) {
            return new RegisteredFramework(framework,
                    retired.contains(key) ? FrameworkStatus.RETIRED : FrameworkStatus.ACTIVE,
                    new ProvidingBundle(bundle.getBundleId(), bundle.getSymbolicName(),
                            bundle.getVersion().toString(), BundleStates.name(bundle.getState())));
        }
    }
}
