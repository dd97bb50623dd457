package org.inspectra.api.framework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Identity of one published framework version.
 *
 * @param id          framework id fixed by API.md (e.g. {@code ilacs})
 * @param version     version of the seed it implements (e.g. {@code 2018.12})
 * @param title       the framework's published title
 * @param publishedOn publication date of this version
 * @param source      the seed it comes from (e.g. {@code 000})
 */
public record FrameworkDescriptor(String id, String version, String title, LocalDate publishedOn, String source) {
    public FrameworkDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedOn, "publishedOn");
    }

    public FrameworkKey key() {
        return new FrameworkKey(id, version);
    }
}
