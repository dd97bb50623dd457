package org.inspectra.api.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.inspectra.api.inspection.InspectionStatus;
import org.junit.jupiter.api.Test;

/** A type's lifecycle: the platform's statuses less those it skips, with those its framework adds. */
class InspectionTypeLifecycleTest {

    @Test
    void thePlatformStatusIdsAreTheStatusesInOrder() {
        assertThat(InspectionType.PLATFORM_STATUSES)
                .isEqualTo(Arrays.stream(InspectionStatus.values()).map(InspectionStatus::id).toList());
    }

    @Test
    void addedStatusesFollowTheirPlatformStatusInTheOrderGiven() {
        InspectionType type = new InspectionType("visit", "Visit", false, "t", List.of(), List.of(), null, null,
                List.of("factual-accuracy")).withAddedStatuses(List.of(
                        new AddedStatus("plan-awaited", "Plan awaited", "published", false, "t"),
                        new AddedStatus("moderation", "Moderation", "findings-agreed", true, "t"),
                        new AddedStatus("second-moderation", "Moderation again", "findings-agreed", true, "t")));
        assertThat(type.lifecycle()).containsExactly("notified", "fieldwork", "findings-agreed", "moderation",
                "second-moderation", "draft-sent", "final", "published", "plan-awaited", "closed");
    }

    @Test
    void anAddedStatusIsNewAndFollowsAPlatformStatusTheTypePassesThrough() {
        assertThatThrownBy(() -> new AddedStatus("final", "Final", "draft-sent", false, "t"))
                .hasMessageContaining("already a platform status");
        assertThatThrownBy(() -> new AddedStatus("archived", "Archived", "closed", false, "t"))
                .hasMessageContaining("no status can follow closed");
        assertThatThrownBy(() -> new AddedStatus("later", "Later", "somewhere", false, "t"))
                .hasMessageContaining("no platform status");
        assertThatThrownBy(() -> new AddedStatus("Not Kebab", "x", "final", false, "t"))
                .hasMessageContaining("kebab-case");
        InspectionType skipping = new InspectionType("visit", "Visit", false, "t", List.of(), List.of(), null, null,
                List.of("draft-sent"));
        assertThatThrownBy(() -> skipping.withAddedStatuses(List.of(
                new AddedStatus("checked", "Checked", "draft-sent", false, "t")))).hasMessageContaining("skips");
        assertThatThrownBy(() -> skipping.withAddedStatuses(List.of(
                new AddedStatus("a", "A", "final", false, "t"), new AddedStatus("a", "A", "final", false, "t"))))
                .hasMessageContaining("twice");
    }
}
