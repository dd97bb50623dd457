package org.inspectra.api.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How far the evidence covers the pinned framework's criteria ({@code 003 §79}: gaps in coverage are reviewed).
 *
 * @param criteria  every criterion, in the framework's order, with its evidence counted by assessment id
 * @param uncovered ids of the criteria with no evidence yet
 * @param deadlines the framework's deadlines for recording evidence, where it has them
 */
public record Coverage(List<CriterionCoverage> criteria, List<String> uncovered, List<RecordingDeadline> deadlines) {
    public Coverage {
        criteria = List.copyOf(criteria);
        uncovered = List.copyOf(uncovered);
        deadlines = List.copyOf(deadlines);
    }

    /**
     * @param criterion    criterion id
     * @param title        its heading
     * @param judgement    the judgement it informs, or {@code null}
     * @param total        evidence records against it
     * @param byAssessment record counts by assessment id; every assessment is present
     */
    public record CriterionCoverage(String criterion, String title, String judgement, long total,
                                    Map<String, Long> byAssessment) {
        public CriterionCoverage {
            byAssessment = Map.copyOf(byAssessment);
        }
    }

    /**
     * A deadline for recording evidence and the records that missed it.
     *
     * @param rule    what the framework asks
     * @param due     the date it falls due, where it is one date for all records; otherwise {@code null}
     * @param late    ids of the evidence records recorded after their deadline
     * @param source  seed paragraph
     */
    public record RecordingDeadline(String rule, LocalDate due, List<String> late, String source) {
        public RecordingDeadline {
            late = List.copyOf(late);
        }
    }
}
