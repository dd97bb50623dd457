package org.inspectra.api.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a report is for: the published report or letter, or the separate, unpublished summary for children and young
 * people ({@code 000 §215-216}).
 */
public enum Audience {
    PUBLIC,
    CHILDREN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Audience> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }
}
