package org.inspectra.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.junit.jupiter.api.Test;

/** A timeline is kept only while everything it was worked out from is the same. */
class KeptTimelinesTest {

    private final KeptTimelines kept = new KeptTimelines(100);
    private final AtomicInteger plans = new AtomicInteger();
    private final InspectionType type = new InspectionType("visit", "Visit", true, "t", List.of(
            MilestoneRule.workingDays("fieldwork-start", "Fieldwork", "notification", 5, "t")));
    private final Object calendar = new Object();

    @Test
    void theSameInspectionTypeCalendarAndFindingKeepTheTimeline() {
        Inspection inspection = inspection(1);
        List<Milestone> first = kept.timeline(inspection, type, calendar, false, plan("a"));
        assertThat(kept.timeline(inspection, type, calendar, false, plan("b"))).isSameAs(first);
        assertThat(plans).hasValue(1);
    }

    @Test
    void anyChangeWorksItOutAgain() {
        Inspection inspection = inspection(1);
        kept.timeline(inspection, type, calendar, false, plan("a"));
        assertThat(kept.timeline(inspection, type, new Object(), false, plan("calendar"))).extracting(Milestone::id)
                .as("a new calendar configuration").containsExactly("calendar");
        assertThat(kept.timeline(inspection, type, calendar, true, plan("priority"))).extracting(Milestone::id)
                .as("a priority action found").containsExactly("priority");
        assertThat(kept.timeline(inspection(2), type, calendar, true, plan("changed"))).extracting(Milestone::id)
                .as("the inspection changed (a new version, a new object)").containsExactly("changed");
        assertThat(kept.timeline(inspection(2), type, calendar, true, plan("read again"))).extracting(Milestone::id)
                .as("an equal inspection read again as another object").containsExactly("read again");
        assertThat(plans).hasValue(5);
    }

    private Supplier<List<Milestone>> plan(String id) {
        return () -> {
            plans.incrementAndGet();
            return List.of(new Milestone(id, id, LocalDate.of(2025, 9, 1), "test"));
        };
    }

    private static Inspection inspection(long version) {
        return new Inspection("i-1", "330", new FrameworkKey("testing", "1.0"), "standard", null, null, List.of(),
                null, null, InspectionStatus.NOTIFIED, null, LocalDate.of(2025, 9, 1), null, List.of(), "lead",
                Instant.EPOCH, version);
    }
}
