package org.inspectra.api.store;

import java.time.Instant;

/**
 * Who changed what, recorded in the same transaction as the change.
 *
 * @param at      when
 * @param actor   user name
 * @param action  what was done (e.g. {@code inspection.opened})
 * @param subject what it was done to (e.g. {@code inspection/4f…})
 * @param before  the state before, as JSON, or {@code null}
 * @param after   the state after, as JSON, or {@code null}
 */
public record AuditEntry(Instant at, String actor, String action, String subject, String before, String after) {
}
