package org.inspectra.api.store;

import java.time.Instant;
import java.util.Map;

/** Which requested documents the local authority has marked supplied, by inspection and number. */
public interface SuppliedDocumentStore {

    /** The supplied documents of an inspection, by number. */
    Map<String, Supply> supplied(String inspectionId);

    /** Marks (or re-marks) a document supplied, with its audit entry. */
    void markSupplied(String inspectionId, String number, Supply supply, AuditEntry audit);

    /** Marks a document not supplied after all, with its audit entry. */
    void unmark(String inspectionId, String number, AuditEntry audit);

    /**
     * @param by   who marked it
     * @param at   when
     * @param note what came with it, or {@code null}
     */
    record Supply(String by, Instant at, String note) {
    }
}
