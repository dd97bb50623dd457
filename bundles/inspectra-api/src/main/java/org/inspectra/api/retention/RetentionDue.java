package org.inspectra.api.retention;

import java.time.Instant;
import java.util.Map;

/**
 * A published inspection whose child-level rows are still stored, and when they are deleted.
 *
 * @param inspectionId   the inspection
 * @param localAuthority its local authority
 * @param publishedAt    when it was published
 * @param deleteAt       when its rows are deleted (the first run of the job from then on deletes them), or
 *                       {@code null} where retention is switched off ({@code days = 0})
 * @param rows           rows stored, by list id
 */
public record RetentionDue(String inspectionId, String localAuthority, Instant publishedAt, Instant deleteAt,
                           Map<String, Long> rows) {
    public RetentionDue {
        rows = Map.copyOf(rows);
    }

    /** Rows stored in all lists. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
