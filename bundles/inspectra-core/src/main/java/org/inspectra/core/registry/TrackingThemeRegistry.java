package org.inspectra.core.registry;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeKey;
import org.inspectra.api.theme.ThemeRegistry;
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
 * Tracks the {@link DeepDiveTheme} services as theme bundles come and go, the way {@link TrackingFrameworkRegistry}
 * tracks frameworks: several versions of one theme side by side, the newest offered to new inspections, a theme
 * bundle updated in place served without a gap. Themes are not retired: an inspection pins the version it started
 * with, and a newer version simply takes over for new inspections.
 */
@Component(service = ThemeRegistry.class, immediate = true)
public final class TrackingThemeRegistry implements ThemeRegistry {

    private static final Comparator<RegisteredTheme> ORDER = Comparator
            .comparing((RegisteredTheme t) -> t.key().framework())
            .thenComparing(t -> t.key().id())
            .thenComparing(t -> t.key().version(), FrameworkVersionOrder.INSTANCE);

    private final ServiceProviders<ThemeKey, DeepDiveTheme> providers;

    @Activate
    public TrackingThemeRegistry() {
        this(Clock.systemUTC());
    }

    TrackingThemeRegistry(Clock clock) {
        this.providers = new ServiceProviders<>(clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTheme(ServiceReference<DeepDiveTheme> reference, DeepDiveTheme theme) {
        add((Long) reference.getProperty(Constants.SERVICE_ID), theme, reference.getBundle());
    }

    void removeTheme(ServiceReference<DeepDiveTheme> reference, DeepDiveTheme theme) {
        depart((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    void add(long serviceId, DeepDiveTheme theme, Bundle bundle) {
        providers.add(serviceId, theme, theme.definition().key(), bundle);
    }

    void depart(long serviceId) {
        providers.depart(serviceId);
    }

    @Override
    public List<RegisteredTheme> all() {
        return providers.current().values().stream()
                .map(p -> new RegisteredTheme(p.service(), p.providingBundle()))
                .sorted(ORDER)
                .toList();
    }

    @Override
    public Optional<RegisteredTheme> newest(String frameworkId, String themeId) {
        return all().stream()
                .filter(t -> t.key().framework().equals(frameworkId) && t.key().id().equals(themeId))
                .max(ORDER);
    }

    @Override
    public Optional<RegisteredTheme> find(String frameworkId, String themeId, String version) {
        ServiceProviders.Provider<ThemeKey, DeepDiveTheme> provider = providers.current()
                .get(new ThemeKey(frameworkId, themeId, version));
        return provider == null ? Optional.empty()
                : Optional.of(new RegisteredTheme(provider.service(), provider.providingBundle()));
    }
}
