package org.inspectra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.inspection.Milestone;
import org.junit.jupiter.api.Test;

class MilestonePlannerTest {

    private static final LocalDate SUMMER_BANK_HOLIDAY_2025 = LocalDate.of(2025, 8, 25);
    private final MilestonePlanner planner = new MilestonePlanner(new WeekdayCalendar(SUMMER_BANK_HOLIDAY_2025));

    @Test
    void chainsWorkingDaysFromTheNotificationAcrossABankHoliday() {
        InspectionType type = new InspectionType("standard", "Standard", true, "x", List.of(
                MilestoneRule.workingDays("fieldwork-start", "Fieldwork starts", "notification", 5, "s1"),
                MilestoneRule.workingDays("fieldwork-end", "Fieldwork ends", "fieldwork-start", 9, "s2"),
                MilestoneRule.workingDays("publication", "Published", "fieldwork-end", 21, "s3"),
                MilestoneRule.calendarDays("complaints", "Complaints close", "publication", 30, "s4")));

        List<Milestone> plan = planner.plan(type, LocalDate.of(2025, 8, 18));

        assertThat(plan).extracting(Milestone::id)
                .containsExactly("notification", "fieldwork-start", "fieldwork-end", "publication", "complaints");
        assertThat(plan.get(0).due()).isEqualTo("2025-08-18");
        assertThat(plan.get(1).due()).isEqualTo("2025-08-26"); // Monday 25 August is a bank holiday
        assertThat(plan.get(2).due()).isEqualTo("2025-09-08");
        assertThat(plan.get(3).due()).isEqualTo("2025-10-07");
        assertThat(plan.get(4).due()).isEqualTo("2025-11-06");
        assertThat(plan.get(1).source()).isEqualTo("s1");
    }

    @Test
    void rulesMayCountFromMilestonesListedLater() {
        InspectionType type = new InspectionType("t", "T", false, "x", List.of(
                MilestoneRule.workingDays("b", "B", "a", 1, "s"),
                MilestoneRule.workingDays("a", "A", "notification", 1, "s")));
        List<Milestone> plan = planner.plan(type, LocalDate.of(2025, 9, 5)); // a Friday
        assertThat(plan.get(1).due()).isEqualTo("2025-09-09");
        assertThat(plan.get(2).due()).isEqualTo("2025-09-08");
    }

    @Test
    void aPriorityActionAddsTheTypesFollowUpMilestones() {
        // 000 §229: a draft action plan 20 and an action plan 70 working days after the letter.
        InspectionType type = new InspectionType("focused-visit", "Focused visit", false, "x", List.of(
                MilestoneRule.workingDays("final-report-sent", "Letter", "notification", 10, "s")), List.of(
                MilestoneRule.workingDays("priority-action-draft-plan-due", "Draft plan", "final-report-sent", 20,
                        "000 §229"),
                MilestoneRule.workingDays("action-plan-due", "Plan", "final-report-sent", 70, "000 §229")));
        LocalDate monday = LocalDate.of(2025, 9, 1);

        assertThat(planner.plan(type, monday)).extracting(Milestone::id)
                .containsExactly("notification", "final-report-sent");
        List<Milestone> plan = planner.plan(type, monday, true);
        assertThat(plan).extracting(Milestone::id).containsExactly("notification", "final-report-sent",
                "priority-action-draft-plan-due", "action-plan-due");
        assertThat(plan.get(1).due()).isEqualTo("2025-09-15");
        assertThat(plan.get(2).due()).isEqualTo("2025-10-13");
        assertThat(plan.get(3).due()).isEqualTo("2025-12-22");
    }

    @Test
    void refusesBrokenChains() {
        InspectionType unknown = new InspectionType("t", "T", false, "x", List.of(
                MilestoneRule.workingDays("a", "A", "nowhere", 1, "s")));
        assertThatThrownBy(() -> planner.plan(unknown, LocalDate.of(2025, 9, 5)))
                .hasMessageContaining("unknown nowhere");
        InspectionType cycle = new InspectionType("t", "T", false, "x", List.of(
                MilestoneRule.workingDays("a", "A", "b", 1, "s"),
                MilestoneRule.workingDays("b", "B", "a", 1, "s")));
        assertThatThrownBy(() -> planner.plan(cycle, LocalDate.of(2025, 9, 5))).hasMessageContaining("cycle");
    }
}
