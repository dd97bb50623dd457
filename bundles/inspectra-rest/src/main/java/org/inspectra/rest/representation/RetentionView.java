package org.inspectra.rest.representation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.inspectra.api.retention.RetentionDue;

/**
 * {@code GET /admin/retention}: the days rows are kept after publication (0 keeps them) and every published
 * inspection whose child-level rows are still stored, with when the job deletes them, soonest first.
 */
public record RetentionView(int days, List<Due> inspections) {

    /** One inspection's rows and when they go; {@code deleteAt} is null where retention is off. */
    public record Due(String inspectionId, String localAuthority, Instant publishedAt, Instant deleteAt,
                      Map<String, Long> rows, long totalRows) {
        static Due of(RetentionDue due) {
            return new Due(due.inspectionId(), due.localAuthority(), due.publishedAt(), due.deleteAt(),
                    new java.util.TreeMap<>(due.rows()), due.totalRows());
        }
    }

    public static RetentionView of(int days, List<RetentionDue> due) {
        return new RetentionView(days, due.stream().map(Due::of).toList());
    }
}
