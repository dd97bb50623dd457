package org.inspectra.rest.representation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.inspection.TeamMember;
import org.inspectra.rest.http.Versioned;

/**
 * An inspection as API.md shows it, with its milestones; {@code themeVersion} is the version of the deep-dive theme it
 * pinned, or null; {@code topics} the ids of the topics it was opened on (empty where its type takes none);
 * {@code visitNumber} its number within its authority's series and {@code seriesNumber} which of the authority's
 * series it belongs to, only where its type is numbered in one; the first visit of a first series plans no letter
 * milestones where its framework says so (000 §208 note 28).
 */
public record InspectionView(String id, String localAuthority, FrameworkRef framework, String type, String theme,
                             String themeVersion, List<String> topics,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer visitNumber,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer seriesNumber, String status,
                             LocalDate notifiedOn, String concurrentWith,
                             List<TeamMember> team, List<MilestoneView> milestones, String createdBy,
                             Instant createdAt, long version) implements Versioned {

    @Override
    public long entityVersion() {
        return version;
    }

    public record FrameworkRef(String id, String version) {
    }

    public static InspectionView of(Inspection i, List<Milestone> milestones) {
        return new InspectionView(i.id(), i.localAuthority(),
                new FrameworkRef(i.framework().id(), i.framework().version()), i.type(), i.theme(), i.themeVersion(),
                i.topics(), i.visitNumber(), i.seriesNumber(), i.statusId(), i.notifiedOn(), i.concurrentWith(),
                i.team(), milestones.stream().map(MilestoneView::of).toList(), i.createdBy(), i.createdAt(), i.version());
    }
}
