package org.inspectra.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.inspection.InspectionStatus;

/**
 * An inspection type's lifecycle ({@link InspectionType#lifecycle()}), each status with the platform status an
 * inspection in it stands in. An inspection moves to the next step, or past an optional added step to the one after
 * it.
 */
final class Lifecycle {

    /**
     * One status of the lifecycle.
     *
     * @param stands   the platform status an inspection in this step stands in
     * @param added    the added status, or {@code null} for the platform status itself
     */
    record Step(InspectionStatus stands, AddedStatus added) {

        String id() {
            return added == null ? stands.id() : added.id();
        }

        boolean optional() {
            return added != null && added.optional();
        }
    }

    private final List<Step> steps;

    private Lifecycle(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The lifecycle of an inspection of the type that also passes over {@code alsoSkipped}. */
    static Lifecycle of(InspectionType type, List<String> alsoSkipped) {
        List<Step> steps = new ArrayList<>();
        for (String id : type.lifecycle(alsoSkipped)) {
            Optional<AddedStatus> added = type.addedStatuses().stream().filter(a -> a.id().equals(id)).findFirst();
            steps.add(added.map(a -> new Step(InspectionStatus.fromId(a.after()).orElseThrow(), a))
                    .orElseGet(() -> new Step(InspectionStatus.fromId(id).orElseThrow(), null)));
        }
        return new Lifecycle(steps);
    }

    /** Every status id of the lifecycle, in order. */
    List<String> ids() {
        return steps.stream().map(Step::id).toList();
    }

    /** The step with this id, if the lifecycle has one. */
    Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The steps an inspection in {@code current} may move to: the next, and past it while it is optional. */
    List<Step> next(String current) {
        int at = ids().indexOf(current);
        List<Step> next = new ArrayList<>();
        for (int i = at + 1; i < steps.size(); i++) {
            next.add(steps.get(i));
            if (!steps.get(i).optional()) {
                break;
            }
        }
        return next;
    }
}
