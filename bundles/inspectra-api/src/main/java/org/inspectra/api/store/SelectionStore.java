package org.inspectra.api.store;

import java.util.Optional;

import org.inspectra.api.selection.Selection;

/** Storage of accepted selections, one per inspection and stage. */
public interface SelectionStore {

    /** Stores the selection in place of the stage's earlier one, with its audit entry, in one transaction. */
    Selection save(String inspectionId, Selection selection, AuditEntry audit);

    Optional<Selection> find(String inspectionId, String stage);
}
