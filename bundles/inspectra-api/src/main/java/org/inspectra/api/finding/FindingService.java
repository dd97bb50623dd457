package org.inspectra.api.finding;

import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;

/** The team's findings. A priority action adds the framework's follow-up milestones to the timeline. */
public interface FindingService {

    /**
     * Records a finding.
     *
     * @param judgement the judgement it belongs to, or {@code null}; must be the pinned framework's
     */
    RecordedFinding record(String inspectionId, FindingKind kind, String text, String judgement, Caller caller);

    /** A page of the inspection's findings, oldest first. */
    Page<Finding> list(String inspectionId, PageRequest page, Caller caller);

    /**
     * How many findings the inspection has, for a member of its team: findings are only ever added, so a page read
     * while the count stands is the same page.
     */
    long count(String inspectionId, Caller caller);
}
