package org.inspectra.api.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a finding is: a strength, an area for improvement (or for development, {@code 003 §86}), or an area for
 * priority action, a serious weakness placing children at risk ({@code 000 §109-110}, {@code 003 §87-88}).
 */
public enum FindingKind {
    STRENGTH,
    AREA_FOR_IMPROVEMENT,
    PRIORITY_ACTION;

    /** Kebab-case id used in the API ({@code priority-action}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<FindingKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
