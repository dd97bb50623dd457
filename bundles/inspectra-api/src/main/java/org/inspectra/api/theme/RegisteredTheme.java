package org.inspectra.api.theme;

import org.inspectra.api.registry.ProvidingBundle;

/**
 * A theme version as the running platform has it.
 *
 * @param theme  the theme service
 * @param bundle the bundle that provides it
 */
public record RegisteredTheme(DeepDiveTheme theme, ProvidingBundle bundle) {

    public ThemeDefinition definition() {
        return theme.definition();
    }

    public ThemeKey key() {
        return definition().key();
    }
}
