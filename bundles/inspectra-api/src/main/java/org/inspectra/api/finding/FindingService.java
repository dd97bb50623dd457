package org.inspectra.api.finding;

import java.util.List;

import org.inspectra.api.security.Caller;

/** The team's findings. A priority action adds the framework's follow-up milestones to the timeline. */
public interface FindingService {

    /**
     * Records a finding.
     *
     * @param judgement the judgement it belongs to, or {@code null}; must be the pinned framework's
     */
    RecordedFinding record(String inspectionId, FindingKind kind, String text, String judgement, Caller caller);

    /** The inspection's findings, oldest first. */
    List<Finding> list(String inspectionId, Caller caller);
}
