package org.inspectra.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.inspectra.api.store.BundleArchiveStore.StoredBundle;
import org.inspectra.core.registry.BundleSyncPlan.Kind;
import org.inspectra.core.registry.BundleSyncPlan.Local;
import org.inspectra.core.registry.BundleSyncPlan.Step;
import org.junit.jupiter.api.Test;

class BundleSyncPlanTest {

    private static final Instant AT = Instant.parse("2025-09-01T09:00:00Z");

    @Test
    void installsWhatIsMissingUpdatesWhatChangedAndUninstallsWhatWasRemoved() {
        List<StoredBundle> stored = List.of(deployed("a", "1.0.0", "aaa"), deployed("b", "1.0.0", "b-new"),
                deployed("c", "2.0.0", "ccc"), removed("d", "1.0.0"), removed("e", "1.0.0"));
        List<Local> local = List.of(new Local("b", "1.0.0", 11), new Local("c", "2.0.0", 12),
                new Local("d", "1.0.0", 13), new Local("shipped", "1.0.0", 14));
        Map<String, String> applied = Map.of("b/1.0.0", "b-old", "c/2.0.0", "ccc");

        List<Step> steps = BundleSyncPlan.plan(stored, local, applied);

        assertThat(steps).extracting(Step::kind, s -> s.stored().symbolicName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.INSTALL, "a"),
                org.assertj.core.groups.Tuple.tuple(Kind.UPDATE, "b"),
                org.assertj.core.groups.Tuple.tuple(Kind.UNINSTALL, "d"));
        assertThat(steps.get(2).local().bundleId()).isEqualTo(13);
    }

    @Test
    void aBundleShippedWithTheDistributionAndRedeployedIsUpdatedFromTheStoredArchive() {
        List<Step> steps = BundleSyncPlan.plan(List.of(deployed("ilacs", "0.1.0", "new")),
                List.of(new Local("ilacs", "0.1.0", 20)), Map.of());
        assertThat(steps).extracting(Step::kind).containsExactly(Kind.UPDATE);
    }

    @Test
    void aNodeInStepDoesNothing() {
        assertThat(BundleSyncPlan.plan(List.of(deployed("a", "1.0.0", "aaa"), removed("z", "1.0.0")),
                List.of(new Local("a", "1.0.0", 5)), Map.of("a/1.0.0", "aaa"))).isEmpty();
    }

    private static StoredBundle deployed(String name, String version, String checksum) {
        return new StoredBundle(name, version, checksum, 10, "admin", AT, false);
    }

    private static StoredBundle removed(String name, String version) {
        return new StoredBundle(name, version, null, 0, "admin", AT, true);
    }
}
