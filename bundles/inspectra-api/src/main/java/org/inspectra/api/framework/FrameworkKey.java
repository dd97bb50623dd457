package org.inspectra.api.framework;

import java.util.Objects;

/** A framework id with one of its versions: what an inspection pins for its whole life. */
public record FrameworkKey(String id, String version) {
    public FrameworkKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return id + "/" + version;
    }
}
