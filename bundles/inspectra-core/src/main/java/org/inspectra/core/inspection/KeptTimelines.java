package org.inspectra.core.inspection;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

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

    private record Kept(Inspection inspection, InspectionType type, Object calendar, boolean priorityAction,
                        List<Milestone> timeline) {
    }

    private final Cache<String, Kept> byInspection;

    KeptTimelines(int capacity) {
        this.byInspection = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    List<Milestone> timeline(Inspection inspection, InspectionType type, Object calendar, boolean priorityAction,
                             Supplier<List<Milestone>> plan) {
        Kept kept = byInspection.getIfPresent(inspection.id());
        if (kept != null && kept.inspection() == inspection && kept.calendar() == calendar
                && kept.priorityAction() == priorityAction && Objects.equals(kept.type(), type)) {
            return kept.timeline();
        }
        List<Milestone> timeline = List.copyOf(plan.get());
        byInspection.put(inspection.id(), new Kept(inspection, type, calendar, priorityAction, timeline));
        return timeline;
    }
}
