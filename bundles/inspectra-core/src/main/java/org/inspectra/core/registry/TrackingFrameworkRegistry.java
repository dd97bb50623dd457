package org.inspectra.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
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
 * framework live side by side; where two services claim the same id and version (a bundle being updated in place),
 * the one registered last wins and the other is kept as a fallback, so the version stays served throughout.
 */
@Component(service = FrameworkRegistry.class, immediate = true)
public final class TrackingFrameworkRegistry implements FrameworkRegistry {

    private static final Comparator<RegisteredFramework> ORDER = Comparator
            .comparing((RegisteredFramework f) -> f.key().id())
            .thenComparing(f -> f.key().version(), FrameworkVersionOrder.INSTANCE);

    private final FrameworkStatusStore statusStore;
    /** Providers by service id; the map itself is the registry's only state. */
    private final Map<Long, Provider> providers = new ConcurrentHashMap<>();

    @Activate
    public TrackingFrameworkRegistry(@Reference FrameworkStatusStore statusStore) {
        this.statusStore = statusStore;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFramework(ServiceReference<InspectionFramework> reference, InspectionFramework framework) {
        Bundle bundle = reference.getBundle();
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        providers.put(serviceId, new Provider(serviceId, framework, framework.definition().key(), bundle));
    }

    void removeFramework(ServiceReference<InspectionFramework> reference, InspectionFramework framework) {
        providers.remove((Long) reference.getProperty(Constants.SERVICE_ID));
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

    /** One provider per framework version: the most recently registered service. */
    private Map<FrameworkKey, Provider> currentProviders() {
        Map<FrameworkKey, Provider> current = new java.util.HashMap<>();
        for (Provider p : providers.values()) {
            current.merge(p.key(), p, (a, b) -> a.serviceId() > b.serviceId() ? a : b);
        }
        return current;
    }

    private record Provider(long serviceId, InspectionFramework framework, FrameworkKey key, Bundle bundle) {
        RegisteredFramework registered(Set<FrameworkKey> retired) {
            return new RegisteredFramework(framework,
                    retired.contains(key) ? FrameworkStatus.RETIRED : FrameworkStatus.ACTIVE,
                    new ProvidingBundle(bundle.getBundleId(), bundle.getSymbolicName(),
                            bundle.getVersion().toString(), BundleStates.name(bundle.getState())));
        }
    }
}
