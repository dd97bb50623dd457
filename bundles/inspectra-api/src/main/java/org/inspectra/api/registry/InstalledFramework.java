package org.inspectra.api.registry;

/**
 * An installed framework version as administrators see it.
 *
 * @param framework       the version
 * @param openInspections open inspections pinned to it
 * @param allInspections  inspections pinned to it, open or not
 */
public record InstalledFramework(RegisteredFramework framework, long openInspections, long allInspections) {
}
