package org.inspectra.api.registry;

import java.util.Locale;

/** Whether new inspections may start on a framework version (API.md, Administration). */
public enum FrameworkStatus {
    ACTIVE,
    /** Kept for the inspections in flight; no new inspection may pin it. */
    RETIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
