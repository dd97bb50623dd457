package org.inspectra.api.framework;

import java.util.List;

/**
 * For an inspection type numbered in a series: the first visit of an authority's first series publishes no letter
 * (ILACS: "We do not usually publish a letter after the first monitoring visit", unless "this is the second set of
 * monitoring visits for a local authority", {@code 000 §208} and its note 28). Such a visit does not plan the
 * milestones that lead to publication, skips the statuses of the letter's checking, and its report stays with the
 * team and the authority.
 *
 * @param milestones      ids of the type's milestones such a visit does not plan
 * @param skippedStatuses ids of the platform statuses such a visit passes over, as {@link
 *                        InspectionType#skippedStatuses()} (never notified, published or closed)
 * @param note            what the framework says, for the people who read the inspection
 * @param source          seed paragraph
 */
public record UnpublishedFirstVisit(List<String> milestones, List<String> skippedStatuses, String note,
                                    String source) {

    public UnpublishedFirstVisit {
        milestones = List.copyOf(milestones);
        skippedStatuses = List.copyOf(skippedStatuses);
        InspectionType.requireSkippable("a first visit", skippedStatuses);
    }
}
