package org.inspectra.core.inspection;

import java.util.List;
import java.util.function.Supplier;

import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.Milestone;

/**
 * Each inspection's timeline as last worked out, kept while nothing it was worked out from has changed: the same
 * inspection (storage answers an unchanged inspection as the same object), the same inspection type of the pinned
 * framework version, the same calendar configuration and the same answer to whether a priority action was found.
 * Anything else works it out again (docs/performance.md). An unchanged timeline is answered as the same list, so
 * what is made from it can in turn be kept by identity.
 */
final class KeptTimelines {

    /** What a timeline is worked out from besides the inspection. */
    private record Source(InspectionType type, Object calendar, boolean priorityAction) {
    }

    private final KeptPerInspection<List<Milestone>> kept;

    KeptTimelines(int capacity) {
        this.kept = new KeptPerInspection<>(capacity);
    }

    List<Milestone> timeline(Inspection inspection, InspectionType type, Object calendar, boolean priorityAction,
                             Supplier<List<Milestone>> plan) {
        return kept.get(inspection, new Source(type, calendar, priorityAction), () -> List.copyOf(plan.get()));
    }
}
