package org.inspectra.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of findings. */
public interface FindingStore {

    /**
     * Stores a finding. A priority action moves its inspection to the next row version in the same transaction: the
     * inspection's timeline grows with it (follow-up milestones), so the inspection, as read, has changed.
     */
    Finding insert(Finding finding, AuditEntry audit);

    /** The inspection's findings, oldest first. */
    List<Finding> list(String inspectionId);

    /** A page of {@link #list(String)}. */
    Page<Finding> list(String inspectionId, PageRequest page);

    /**
     * How many findings the inspection has. Findings are only ever added, never changed or removed, so any change to
     * an inspection's findings changes this count. This default reads them; a store answers it in one query.
     */
    default long count(String inspectionId) {
        return list(inspectionId).size();
    }

    /**
     * Which of these inspections have at least one finding of this kind: for a page of inspections, one read instead
     * of one per inspection. This default reads each inspection's findings; a store answers it in one query.
     */
    default Set<String> inspectionsWith(FindingKind kind, Collection<String> inspectionIds) {
        return inspectionIds.stream().filter(id -> list(id).stream().anyMatch(f -> f.kind() == kind))
                .collect(Collectors.toSet());
    }
}
