package org.inspectra.api.theme;

/**
 * The service a theme bundle registers, one per theme version it provides. A framework whose inspection types take a
 * deep dive ({@link org.inspectra.api.framework.InspectionType#takesTheme()}) lets a new inspection name an installed
 * theme of that framework; the inspection keeps the theme version it started with. The platform tracks these services
 * as bundles come and go; several versions of one theme may be registered side by side.
 */
public interface DeepDiveTheme {

    /** The version's content, immutable. */
    ThemeDefinition definition();
}
