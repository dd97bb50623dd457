package org.inspectra.api.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of inspections. */
public interface InspectionStore {

    /** Stores a new inspection with its audit entry; returns it as stored. */
    Inspection insert(Inspection inspection, AuditEntry audit);

    Optional<Inspection> find(String id);

    /** Matching inspections, newest notification first. */
    List<Inspection> search(InspectionQuery query);

    /** A page of {@link #search(InspectionQuery)}, in the same order. */
    Page<Inspection> search(InspectionQuery query, PageRequest page);

    /**
     * Replaces the team if the inspection is still at {@code expectedVersion}.
     *
     * @throws org.inspectra.api.error.ConflictException where another writer changed it first
     */
    Inspection replaceTeam(String id, long expectedVersion, List<TeamMember> team, AuditEntry audit);

    /**
     * Moves the inspection to another status if it is still at {@code expectedVersion}.
     *
     * @param status      the platform status it stands in
     * @param addedStatus the status its type adds, after {@code status}, that it is in, or {@code null}
     * @throws org.inspectra.api.error.ConflictException where another writer changed it first
     */
    Inspection changeStatus(String id, long expectedVersion, InspectionStatus status, String addedStatus,
                            AuditEntry audit);

    /** How many inspections pin each framework version: open ones, and all. */
    Map<FrameworkKey, PinCount> pinCounts();

    /** Pinned-inspection counts of one framework version. */
    record PinCount(long open, long all) {
    }
}
