package org.inspectra.rest.representation;

import org.inspectra.api.registry.InstalledFramework;
import org.inspectra.api.registry.ProvidingBundle;

/** An installed framework version for administrators, with its bundle and the inspections pinned to it. */
public record InstalledFrameworkView(String id, String version, String title, String status, ProvidingBundle bundle,
                                     long openInspections, long inspections) {

    public static InstalledFrameworkView of(InstalledFramework f) {
        var d = f.framework().definition().descriptor();
        return new InstalledFrameworkView(d.id(), d.version(), d.title(), f.framework().status().id(),
                f.framework().bundle(), f.openInspections(), f.allInspections());
    }
}
