package org.inspectra.api.evidence;

import java.util.List;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/** Recording and reading an inspection's evidence. Only the inspection's team (and administrators) record. */
@org.osgi.annotation.versioning.ProviderType
public interface EvidenceService {

    /**
     * Records evidence against a criterion of the inspection's pinned framework version.
     *
     * @throws org.inspectra.api.error.InvalidInputException  where the entry is incomplete or malformed
     * @throws org.inspectra.api.error.RuleViolationException where the criterion is not the framework's, or the
     *                                                        strict personal-data guard finds a name
     * @throws org.inspectra.api.error.ForbiddenException     where the caller is not on the team
     * @throws org.inspectra.api.error.ConflictException      where the inspection no longer takes evidence
     */
    RecordedEvidence record(String inspectionId, EvidenceEntry entry, Caller caller);

    /**
     * Revises a record; the earlier revision is kept.
     *
     * @param expectedRevision the revision the caller edited; another writer's newer revision is a conflict
     */
    RecordedEvidence revise(String inspectionId, String evidenceId, int expectedRevision, EvidenceEntry entry,
                            Caller caller);

    /**
     * What the personal-data screen finds in text about to be recorded, saving nothing: the warnings recording it
     * would give, each naming its field ({@code summary} or {@code source}).
     *
     * @throws org.inspectra.api.error.RuleViolationException where the strict guard would refuse the text
     * @throws org.inspectra.api.error.ForbiddenException     where the caller is not on the team
     */
    List<String> namesIn(String inspectionId, String source, String summary, Caller caller);

    /**
     * The tally of the inspection's evidence as it stands, for a member of its team: a page read while it stands is
     * the same page.
     */
    EvidenceTally tally(String inspectionId, Caller caller);

    /** A page of the inspection's current records, oldest first, optionally for one criterion. */
    Page<EvidenceRecord> list(String inspectionId, String criterion, PageRequest page, Caller caller);

    /** Every revision of one record, oldest first. */
    List<EvidenceRecord> history(String inspectionId, String evidenceId, Caller caller);

    /** How far the evidence covers the pinned framework's criteria. */
    Coverage coverage(String inspectionId, Caller caller);
}
