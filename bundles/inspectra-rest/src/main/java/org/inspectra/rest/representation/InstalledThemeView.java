package org.inspectra.rest.representation;

import org.inspectra.api.registry.InstalledTheme;
import org.inspectra.api.registry.ProvidingBundle;

/** An installed deep-dive theme version, its bundle and the inspections pinning it (open ones, and all). */
public record InstalledThemeView(String framework, String id, String version, String title, ProvidingBundle bundle,
                                 long openInspections, long inspections) {

    public static InstalledThemeView of(InstalledTheme t) {
        return new InstalledThemeView(t.theme().key().framework(), t.theme().key().id(), t.theme().key().version(),
                t.theme().definition().title(), t.theme().bundle(), t.openInspections(), t.allInspections());
    }
}
