package org.inspectra.api.framework;

import java.util.List;

/**
 * A kind of inspection or visit the framework defines.
 *
 * @param id         kebab-case id fixed by API.md ({@code standard}, {@code focused-visit}, …)
 * @param title      the framework's name for it
 * @param graded     whether it makes graded judgements (ILACS focused and monitoring visits do not, {@code 000 §108})
 * @param source     seed paragraph
 * @param milestones the timeline, in the order it runs; the notification milestone is implied
 */
public record InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones) {
    public InspectionType {
        milestones = List.copyOf(milestones);
    }
}
