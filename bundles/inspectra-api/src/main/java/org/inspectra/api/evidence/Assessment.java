package org.inspectra.api.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a piece of evidence bears on its criterion: a strength or an area for development ({@code 000 §186},
 * {@code 003 §77}), with outstanding practice and concerns marked apart so the team can find them again.
 */
public enum Assessment {
    STRENGTH,
    AREA_FOR_DEVELOPMENT,
    OUTSTANDING_PRACTICE,
    CONCERN;

    /** Kebab-case id used in the API ({@code area-for-development}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Assessment> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }
}
