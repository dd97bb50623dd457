package org.inspectra.api.store;

import java.util.List;

import org.inspectra.api.finding.Finding;

/** Storage of findings. */
public interface FindingStore {

    Finding insert(Finding finding, AuditEntry audit);

    /** The inspection's findings, oldest first. */
    List<Finding> list(String inspectionId);
}
