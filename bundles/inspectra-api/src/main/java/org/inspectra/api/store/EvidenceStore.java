package org.inspectra.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.evidence.EvidenceOutline;
import org.inspectra.api.evidence.EvidenceRecord;
import org.inspectra.api.evidence.EvidenceTally;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;

/** Storage of evidence records with every revision kept. */
public interface EvidenceStore {

    /** Stores a record's first revision with its audit entry. */
    EvidenceRecord insert(EvidenceRecord record, AuditEntry audit);

    /**
     * Stores a new revision beside the earlier ones.
     *
     * @throws org.inspectra.api.error.ConflictException where that revision was stored first by another writer
     */
    EvidenceRecord revise(EvidenceRecord revision, AuditEntry audit);

    /** The inspection's evidence tally: how many revisions it has and the row of the last. */
    EvidenceTally tally(String inspectionId);

    /** The newest revision of one record. */
    Optional<EvidenceRecord> find(String inspectionId, String evidenceId);

    /** The newest revision of each of the inspection's records, oldest record first; criterion may be null. */
    List<EvidenceRecord> current(String inspectionId, String criterion);

    /** A page of {@link #current}: each record keeps the place of its first revision. */
    Page<EvidenceRecord> current(String inspectionId, String criterion, PageRequest page);

    /**
     * Each of the inspection's records as it stands, without its text or children, oldest record first: one read of
     * the inspection's revisions' short columns.
     */
    List<EvidenceOutline> outlines(String inspectionId);

    /** Every revision of one record, oldest first. */
    List<EvidenceRecord> history(String inspectionId, String evidenceId);
}
