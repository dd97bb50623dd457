package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.RecordingRule;
import org.junit.jupiter.api.Test;

/** 003 §78: SEA entries within two working days of the evidence, all complete by the end of day 13. */
class RecordingRuleTest {

    @Test
    void theTargetedTypeCarriesTheSeaDeadlinesToThePlatform() {
        RecordingRule rule = TargetedInspectionTypes.TARGETED_INSPECTION.recordingRule();
        assertThat(rule.withinWorkingDays()).isEqualTo(2);
        assertThat(rule.allBy()).isEqualTo("day-13");
        assertThat(rule.source()).contains("§76-78");
        assertThat(TargetedInspectionTypes.TARGETED_INSPECTION.milestones()).extracting(MilestoneRule::id)
                .contains(rule.allBy());
    }
}
