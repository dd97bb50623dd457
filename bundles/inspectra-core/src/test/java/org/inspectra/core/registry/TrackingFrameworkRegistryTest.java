package org.inspectra.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.core.registry.TestBundles.bundle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.FrameworkDescriptor;
import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.registry.FrameworkStatus;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.FrameworkStatusStore;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class TrackingFrameworkRegistryTest {

    private final Set<FrameworkKey> retired = new HashSet<>();
    private final MutableClock clock = new MutableClock();
    private final TrackingFrameworkRegistry registry = new TrackingFrameworkRegistry(new FrameworkStatusStore() {
        @Override
        public Set<FrameworkKey> retired() {
            return Set.copyOf(retired);
        }

        @Override
        public void retire(FrameworkKey key, AuditEntry audit) {
            retired.add(key);
        }
    }, clock);

    @Test
    void holdsSeveralVersionsAndServesTheNewestActive() {
        registry.add(1, framework("2018.12"), bundle(10, Bundle.ACTIVE));
        registry.add(2, framework("2023.1"), bundle(11, Bundle.ACTIVE));
        assertThat(registry.all()).extracting(f -> f.key().version()).containsExactly("2018.12", "2023.1");
        assertThat(registry.newestActive("ilacs")).map(f -> f.key().version()).contains("2023.1");

        retired.add(new FrameworkKey("ilacs", "2023.1"));
        assertThat(registry.newestActive("ilacs")).map(f -> f.key().version()).contains("2018.12");
        assertThat(registry.find("ilacs", "2023.1")).map(RegisteredFramework::status)
                .contains(FrameworkStatus.RETIRED);
    }

    @Test
    void aVersionBeingUpdatedInPlaceStaysServedUntilItsReplacementArrives() {
        AtomicInteger state = new AtomicInteger(Bundle.ACTIVE);
        Bundle bundle = bundle(10, state);
        registry.add(1, framework("2018.12"), bundle);

        registry.depart(1);
        state.set(Bundle.RESOLVED); // stopped for the update
        assertThat(registry.find("ilacs", "2018.12")).isPresent();

        state.set(Bundle.ACTIVE);
        InspectionFramework replacement = framework("2018.12");
        registry.add(2, replacement, bundle);
        assertThat(registry.find("ilacs", "2018.12")).map(RegisteredFramework::framework).contains(replacement);
        assertThat(registry.all()).hasSize(1);
    }

    @Test
    void aDepartedVersionGoesWhenItsBundleIsUninstalledOrAfterTheGrace() {
        AtomicInteger state = new AtomicInteger(Bundle.ACTIVE);
        registry.add(1, framework("2018.12"), bundle(10, state));
        registry.add(2, framework("2023.1"), bundle(11, Bundle.ACTIVE));

        registry.depart(1);
        state.set(Bundle.UNINSTALLED);
        assertThat(registry.find("ilacs", "2018.12")).isEmpty();

        registry.depart(2);
        assertThat(registry.find("ilacs", "2023.1")).isPresent();
        clock.advance(TrackingFrameworkRegistry.GRACE.plusSeconds(1));
        assertThat(registry.find("ilacs", "2023.1")).isEmpty();
        assertThat(registry.all()).isEmpty();
    }

    private static InspectionFramework framework(String version) {
        FrameworkDefinition definition = new FrameworkDefinition(
                new FrameworkDescriptor("ilacs", version, "ILACS", LocalDate.of(2018, 12, 1), "000"),
                List.of(), List.of(), List.of(), List.of(), List.of());
        return () -> definition;
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-08-18T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
