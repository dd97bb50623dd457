package org.inspectra.api.framework;

import java.util.List;

/**
 * A kind of inspection or visit the framework defines.
 *
 * @param id                       kebab-case id fixed by API.md ({@code standard}, {@code focused-visit}, …)
 * @param title                    the framework's name for it
 * @param graded                   whether it makes graded judgements (ILACS focused and monitoring visits do not,
 *                                 {@code 000 §108})
 * @param source                   seed paragraph
 * @param milestones               the timeline, in the order it runs; the notification milestone is implied
 * @param priorityActionMilestones milestones the timeline gains once an area for priority action is found (ILACS
 *                                 focused visit: draft action plan in 20, action plan in 70 working days,
 *                                 {@code 000 §229}); they may count from any milestone of the timeline
 * @param runsBeside               the framework id of the inspection this one is always conducted beside, or
 *                                 {@code null}: an LSCB review runs beside its SIF inspection ({@code 004 §36})
 * @param recordingRule            when evidence must be recorded, where the framework says ({@code 003 §78}), or
 *                                 {@code null}
 */
public record InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                             List<MilestoneRule> priorityActionMilestones, String runsBeside,
                             RecordingRule recordingRule) {
    public InspectionType {
        milestones = List.copyOf(milestones);
        priorityActionMilestones = List.copyOf(priorityActionMilestones);
    }

    /** A type that runs on its own. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                          List<MilestoneRule> priorityActionMilestones) {
        this(id, title, graded, source, milestones, priorityActionMilestones, null, null);
    }

    /** A type whose timeline does not change when a priority action is found. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones) {
        this(id, title, graded, source, milestones, List.of(), null, null);
    }
}
