package org.inspectra.api.retention;

import java.time.Instant;
import java.util.List;

import org.inspectra.api.security.Caller;

/**
 * Deletes the rows of child-level lists a set number of days after their inspection is published (ConfigAdmin
 * {@code org.inspectra.retention}, {@code days}), by a scheduled job; each deletion is audited.
 */
@org.osgi.annotation.versioning.ProviderType
public interface RetentionService {

    /** Days kept after publication; 0 keeps the rows. */
    int days();

    /**
     * What the job would delete, and when: every published inspection with rows still stored, soonest first. For
     * administrators.
     *
     * @throws org.inspectra.api.error.ForbiddenException where the caller is not an administrator
     */
    List<RetentionDue> preview(Caller caller);

    /**
     * Deletes the rows of every inspection due by {@code asAt}, each inspection in its own transaction with its audit
     * entry, and answers what it deleted. The scheduled job calls it with the current time.
     */
    List<RetentionDue> deleteDue(Instant asAt);
}
