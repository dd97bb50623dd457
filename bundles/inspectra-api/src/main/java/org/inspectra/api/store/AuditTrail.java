package org.inspectra.api.store;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** The audit trail: entries for actions that change no stored record (a bundle deployed) and reading it back. */
public interface AuditTrail {

    /** Records an entry in its own transaction. */
    void record(AuditEntry entry);

    /** A page of the entries about one subject (e.g. {@code inspection/4f…}), oldest first. */
    Page<AuditEntry> about(String subject, PageRequest page);
}
