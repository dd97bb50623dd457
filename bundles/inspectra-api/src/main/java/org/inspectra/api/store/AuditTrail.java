package org.inspectra.api.store;

import java.util.List;

/** The audit trail: entries for actions that change no stored record (a bundle deployed) and reading it back. */
public interface AuditTrail {

    /** Records an entry in its own transaction. */
    void record(AuditEntry entry);

    /** Entries about one subject (e.g. {@code inspection/4f…}), oldest first. */
    List<AuditEntry> about(String subject);
}
