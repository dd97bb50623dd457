package org.inspectra.core.registry;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.FrameworkStatus;
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

    static final Duration GRACE = ServiceProviders.GRACE;

    private final FrameworkStatusStore statusStore;
    /** The registry's only state. */
    private final ServiceProviders<FrameworkKey, InspectionFramework> providers;

    @Activate
    public TrackingFrameworkRegistry(@Reference FrameworkStatusStore statusStore) {
        this(statusStore, Clock.systemUTC());
    }

    TrackingFrameworkRegistry(FrameworkStatusStore statusStore, Clock clock) {
        this.statusStore = statusStore;
        this.providers = new ServiceProviders<>(clock);
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
        providers.add(serviceId, framework, framework.definition().key(), bundle);
    }

    void depart(long serviceId) {
        providers.depart(serviceId);
    }

    @Override
    public List<RegisteredFramework> all() {
        Set<FrameworkKey> retired = statusStore.retired();
        List<RegisteredFramework> result = new ArrayList<>();
        providers.current().values().forEach(p -> result.add(registered(p, retired)));
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
        ServiceProviders.Provider<FrameworkKey, InspectionFramework> provider = providers.current()
                .get(new FrameworkKey(frameworkId, version));
        return provider == null ? Optional.empty() : Optional.of(registered(provider, statusStore.retired()));
    }

    private static RegisteredFramework registered(ServiceProviders.Provider<FrameworkKey, InspectionFramework> p,
                                                  Set<FrameworkKey> retired) {
        return new RegisteredFramework(p.service(),
                retired.contains(p.key()) ? FrameworkStatus.RETIRED : FrameworkStatus.ACTIVE, p.providingBundle());
    }
}
