package org.inspectra.api.store;

import java.time.Instant;
import java.util.Map;

/** The context statements written for inspections. */
public interface AreaContextStore {

    /** The statements of an inspection, by item id. */
    Map<String, Statement> statements(String inspectionId);

    /** Writes a statement, or clears it where {@code statement} is null, with its audit entry. */
    void write(String inspectionId, String itemId, Statement statement, AuditEntry audit);

    /**
     * @param text the statement
     * @param by   who wrote it
     * @param at   when
     */
    record Statement(String text, String by, Instant at) {
    }
}
