package org.inspectra.api.inspection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an inspection stands. An inspection moves forward one status at a time, in this order: notified, fieldwork,
 * findings agreed, draft sent (the draft report or letter with the local authority for its factual accuracy check),
 * factual accuracy (comments back, being considered), final, published, closed ({@code 000 §224} table,
 * {@code 002 §35-38}, {@code 003 §9} table, {@code 004 §9}). A framework's inspection type may skip any of them but
 * notified, published and closed, and its framework may add statuses between them
 * ({@link org.inspectra.api.framework.AddedStatus}): {@link org.inspectra.api.framework.InspectionType#lifecycle()}.
 */
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

    /** Once published, the record of an inspection no longer changes. */
    public boolean readOnly() {
        return !open();
    }

    public static Optional<InspectionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
