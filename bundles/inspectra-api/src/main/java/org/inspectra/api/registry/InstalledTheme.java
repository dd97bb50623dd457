package org.inspectra.api.registry;

import org.inspectra.api.theme.RegisteredTheme;

/**
 * An installed deep-dive theme version with the inspections that pin it.
 *
 * @param theme           the theme version and the bundle providing it
 * @param openInspections inspections pinning it that are not yet closed
 * @param allInspections  every inspection pinning it
 */
public record InstalledTheme(RegisteredTheme theme, long openInspections, long allInspections) {
}
