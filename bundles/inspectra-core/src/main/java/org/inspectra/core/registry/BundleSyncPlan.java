package org.inspectra.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.store.BundleArchiveStore.StoredBundle;

/**
 * What one node must do to install what the cluster deployed: compares the bundles stored in the database with the
 * bundles installed here and the archive each was last installed from (by checksum). A bundle with no row is left
 * alone (shipped with the distribution, or deployed before bundles were stored): only a row marked removed uninstalls.
 */
final class BundleSyncPlan {

    /** A bundle as this node has it. */
    record Local(String symbolicName, String version, long bundleId) {
    }

    enum Kind { INSTALL, UPDATE, UNINSTALL }

    /** One step: install or update {@code stored} from its archive, or uninstall {@code local}. */
    record Step(Kind kind, StoredBundle stored, Local local) {
    }

    private BundleSyncPlan() {
    }

    /**
     * @param stored  every row of the store
     * @param local   the bundles installed here
     * @param applied by {@code name/version}, the checksum of the archive each was last installed or updated from here
     */
    static List<Step> plan(List<StoredBundle> stored, List<Local> local, Map<String, String> applied) {
        List<Step> steps = new ArrayList<>();
        for (StoredBundle s : stored) {
            Optional<Local> installed = local.stream()
                    .filter(l -> l.symbolicName().equals(s.symbolicName()) && l.version().equals(s.version()))
                    .findFirst();
            if (s.removed()) {
                installed.ifPresent(l -> steps.add(new Step(Kind.UNINSTALL, s, l)));
            } else if (installed.isEmpty()) {
                steps.add(new Step(Kind.INSTALL, s, null));
            } else if (!s.checksum().equals(applied.get(key(s.symbolicName(), s.version())))) {
                steps.add(new Step(Kind.UPDATE, s, installed.get()));
            }
        }
        return steps;
    }

    static String key(String symbolicName, String version) {
        return symbolicName + "/" + version;
    }
}
