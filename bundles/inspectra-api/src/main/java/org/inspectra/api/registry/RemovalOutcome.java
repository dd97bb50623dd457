package org.inspectra.api.registry;

/** What removing a framework version did. */
public enum RemovalOutcome {
    /** The providing bundle was uninstalled: no inspection pins the version. */
    UNINSTALLED,
    /** Kept for the inspections that pin it; no new inspection may start on it. */
    RETIRED
}
