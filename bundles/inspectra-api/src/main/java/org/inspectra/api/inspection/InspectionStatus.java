package org.inspectra.api.inspection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an inspection stands. */
public enum InspectionStatus {
    NOTIFIED,
    FIELDWORK,
    FINDINGS_AGREED,
    DRAFT_SENT,
    FACTUAL_ACCURACY,
    FINAL,
    PUBLISHED,
    CLOSED;

    /** Kebab-case id used in the API ({@code findings-agreed}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Open inspections are still being worked on: they pin their framework version. */
    public boolean open() {
        return this != PUBLISHED && this != CLOSED;
    }

    public static Optional<InspectionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
