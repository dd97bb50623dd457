package org.inspectra.api.store;

import java.util.List;

import org.inspectra.api.judgement.GradeRecord;

/** Storage of the grades given to an inspection's judgements. */
public interface JudgementStore {

    /** The grades given so far. */
    List<GradeRecord> grades(String inspectionId);

    /**
     * Stores a grade, replacing the judgement's earlier one, if the inspection is still at
     * {@code expectedInspectionVersion}; moves the inspection to its next version, so that grades checked together
     * against the framework's rules are stored together or not at all.
     *
     * @throws org.inspectra.api.error.ConflictException where another writer changed the inspection first
     */
    GradeRecord save(String inspectionId, long expectedInspectionVersion, GradeRecord grade, AuditEntry audit);
}
