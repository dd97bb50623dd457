package org.inspectra.api.store;

import java.util.List;

import org.inspectra.api.finding.Finding;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of findings. */
public interface FindingStore {

    Finding insert(Finding finding, AuditEntry audit);

    /** The inspection's findings, oldest first. */
    List<Finding> list(String inspectionId);

    /** A page of {@link #list(String)}. */
    Page<Finding> list(String inspectionId, PageRequest page);
}
