package org.inspectra.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.core.registry.TestBundles.bundle;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.theme.DeepDiveTheme;
import org.inspectra.api.theme.RegisteredTheme;
import org.inspectra.api.theme.ThemeDefinition;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class TrackingThemeRegistryTest {

    private final TrackingFrameworkRegistryTest.MutableClock clock = new TrackingFrameworkRegistryTest.MutableClock();
    private final TrackingThemeRegistry registry = new TrackingThemeRegistry(clock);

    @Test
    void versionsLiveSideBySideAndTheNewestIsOffered() {
        registry.add(1, theme("cse-missing", "2016.9"), bundle(10, Bundle.ACTIVE));
        registry.add(2, theme("cse-missing", "2016.10"), bundle(11, Bundle.ACTIVE));
        registry.add(3, theme("neglect", "2017.01"), bundle(12, Bundle.ACTIVE));

        assertThat(registry.all()).extracting(t -> t.key().toString()).containsExactly(
                "targeted/cse-missing@2016.9", "targeted/cse-missing@2016.10", "targeted/neglect@2017.01");
        assertThat(registry.newest("targeted", "cse-missing")).map(t -> t.key().version()).contains("2016.10");
        assertThat(registry.find("targeted", "cse-missing", "2016.9")).map(t -> t.bundle().id()).contains(10L);
        assertThat(registry.of("targeted")).hasSize(3);
        assertThat(registry.of("ilacs")).isEmpty();
        assertThat(registry.newest("ilacs", "cse-missing")).isEmpty();
    }

    @Test
    void aThemeUpdatedInPlaceIsServedThroughoutAndGoesWithItsBundle() {
        AtomicInteger state = new AtomicInteger(Bundle.ACTIVE);
        Bundle bundle = bundle(10, state);
        registry.add(1, theme("cse-missing", "2016.01"), bundle);
        registry.depart(1);
        assertThat(registry.find("targeted", "cse-missing", "2016.01")).isPresent();
        DeepDiveTheme replacement = theme("cse-missing", "2016.01");
        registry.add(2, replacement, bundle);
        assertThat(registry.find("targeted", "cse-missing", "2016.01")).map(RegisteredTheme::theme)
                .contains(replacement);

        registry.depart(2);
        state.set(Bundle.UNINSTALLED);
        assertThat(registry.all()).isEmpty();
    }

    private static DeepDiveTheme theme(String id, String version) {
        ThemeDefinition definition = new ThemeDefinition(id, version, "Theme " + id, "targeted", "t", List.of(),
                new ChildListSpec(id + "-children", "Children", "t", true, List.of()), List.of());
        return () -> definition;
    }
}
