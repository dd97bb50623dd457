package org.inspectra.core.report;

import java.time.Clock;
import java.util.List;

import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.ReportStatementStore.Statement;
import org.inspectra.core.inspection.InspectionAccess;

/**
 * How the lead inspector writes a statement into a section of the report (the context section, the summary's
 * answers): only into an open inspection, at most {@link #MAX_LENGTH} characters, a blank statement clears it, every
 * write audited. The services check that the caller is the lead first, so that a caller who is not hears so before
 * whether the item exists.
 */
public final class LeadStatements {

    /** The most characters one statement may hold (the column's width). */
    public static final int MAX_LENGTH = 2_000;

    private final ReportStatementStore store;
    private final Clock clock;

    public LeadStatements(ReportStatementStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Writes one item's statement; the caller is the inspection's lead inspector, as the service has checked.
     *
     * @param field the request field named in a refusal
     * @return what was written, or {@code null} where the statement was cleared
     */
    public Statement write(Inspection inspection, String section, String itemId, String text, String field,
                           Caller caller) {
        InspectionAccess.requireOpen(inspection);
        if (text != null && text.length() > MAX_LENGTH) {
            throw new InvalidInputException("The " + field + " is too long", List.of(new Violation(field,
                    "too-long", "at most " + MAX_LENGTH + " characters")));
        }
        Statement written = text == null || text.isBlank() ? null
                : new Statement(text.strip(), caller.user(), clock.instant());
        store.write(inspection.id(), section, itemId, written, new AuditEntry(clock.instant(), caller.user(),
                section + ".written", "inspection/" + inspection.id(), itemId,
                written == null ? null : written.text()));
        return written;
    }
}
