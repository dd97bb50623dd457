package org.inspectra.api.theme;

import java.util.Objects;

/**
 * Identifies one theme version: the framework it serves, its id and its version.
 *
 * @param framework framework id
 * @param id        theme id
 * @param version   theme version
 */
public record ThemeKey(String framework, String id, String version) {
    public ThemeKey {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return framework + "/" + id + "@" + version;
    }
}
