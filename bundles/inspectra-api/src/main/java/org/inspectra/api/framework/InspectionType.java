package org.inspectra.api.framework;

import java.util.ArrayList;
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
 * @param skippedStatuses          ids of the platform's inspection statuses this type does not pass through (e.g.
 *                                 {@code factual-accuracy} for a visit whose letter the authority does not check);
 *                                 {@code notified}, {@code published} and {@code closed} cannot be skipped
 * @param takesTheme               whether an inspection of this type takes a deep-dive theme
 *                                 ({@link org.inspectra.api.theme.DeepDiveTheme}) of its framework: a targeted
 *                                 inspection's deep dive, {@code 003 §4}
 * @param topics                   the topics an inspection of this type is opened on, at least one of them, or empty
 *                                 where the type takes no topics (ILACS focused visit, {@code 000 §106})
 * @param questions                the questions an inspection of this type seeks to answer (ILACS short inspection,
 *                                 {@code 000 §57}), or empty
 * @param aspects                  what every inspection of this type evaluates whatever its topics (ILACS focused
 *                                 visit, {@code 000 §107}), or empty
 * @param seriesEndedBy            where inspections of this type are numbered in a series (ILACS monitoring visits,
 *                                 {@code 000 §112-139}), the id of the type of the same framework whose inspection
 *                                 ends the series (the next one starts a new series), else {@code null}
 * @param addedStatuses            statuses the framework adds to this type's lifecycle ({@link AddedStatus}), each
 *                                 after a platform status the type does not skip; several after one status run in
 *                                 the order given
 * @param summaryQuestions         the questions the summary on the first page of its report answers (ILACS
 *                                 standard and short inspections, {@code 000 §211}), or empty
 * @param unpublishedFirstVisit    where the type is numbered in a series and the first visit of an authority's first
 *                                 series publishes nothing ({@code 000 §208} note 28), what that visit leaves out;
 *                                 else {@code null}
 */
public record InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                             List<MilestoneRule> priorityActionMilestones, String runsBeside,
                             RecordingRule recordingRule, List<String> skippedStatuses, boolean takesTheme,
                             List<Topic> topics, List<SourcedText> questions, List<SourcedText> aspects,
                             String seriesEndedBy, List<AddedStatus> addedStatuses,
                             List<SummaryQuestion> summaryQuestions, UnpublishedFirstVisit unpublishedFirstVisit) {

    /**
     * The ids of the platform's statuses in the order an inspection passes through them
     * ({@link org.inspectra.api.inspection.InspectionStatus}).
     */
    public static final List<String> PLATFORM_STATUSES = List.of("notified", "fieldwork", "findings-agreed",
            "draft-sent", "factual-accuracy", "final", "published", "closed");

    /** Statuses every inspection passes through. */
    public static final List<String> UNSKIPPABLE = List.of("notified", "published", "closed");

    public InspectionType {
        milestones = List.copyOf(milestones);
        priorityActionMilestones = List.copyOf(priorityActionMilestones);
        skippedStatuses = List.copyOf(skippedStatuses);
        addedStatuses = List.copyOf(addedStatuses);
        summaryQuestions = List.copyOf(summaryQuestions);
        if (summaryQuestions.stream().map(SummaryQuestion::id).distinct().count() != summaryQuestions.size()) {
            throw new IllegalArgumentException("inspection type " + id + " asks a summary question twice");
        }
        if (unpublishedFirstVisit != null && seriesEndedBy == null) {
            throw new IllegalArgumentException("inspection type " + id + " has a first visit but no series");
        }
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
        aspects = List.copyOf(aspects);
        if (topics.stream().map(Topic::id).distinct().count() != topics.size()) {
            throw new IllegalArgumentException("inspection type " + id + " lists a topic twice");
        }
        requireSkippable("inspection type " + id, skippedStatuses);
        if (addedStatuses.stream().map(AddedStatus::id).distinct().count() != addedStatuses.size()) {
            throw new IllegalArgumentException("inspection type " + id + " adds a status twice");
        }
        for (AddedStatus added : addedStatuses) {
            if (skippedStatuses.contains(added.after())) {
                throw new IllegalArgumentException("inspection type " + id + " adds " + added.id() + " after "
                        + added.after() + ", which it skips");
            }
        }
    }

    /** A type without topics, questions or aspects, not numbered in a series. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                          List<MilestoneRule> priorityActionMilestones, String runsBeside,
                          RecordingRule recordingRule, List<String> skippedStatuses, boolean takesTheme) {
        this(id, title, graded, source, milestones, priorityActionMilestones, runsBeside, recordingRule,
                skippedStatuses, takesTheme, List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
    }

    /** A type that takes no deep-dive theme. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                          List<MilestoneRule> priorityActionMilestones, String runsBeside,
                          RecordingRule recordingRule, List<String> skippedStatuses) {
        this(id, title, graded, source, milestones, priorityActionMilestones, runsBeside, recordingRule,
                skippedStatuses, false);
    }

    /** A type that passes through every status. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                          List<MilestoneRule> priorityActionMilestones, String runsBeside,
                          RecordingRule recordingRule) {
        this(id, title, graded, source, milestones, priorityActionMilestones, runsBeside, recordingRule, List.of());
    }

    /** A type that runs on its own. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones,
                          List<MilestoneRule> priorityActionMilestones) {
        this(id, title, graded, source, milestones, priorityActionMilestones, null, null, List.of());
    }

    /** A type whose timeline does not change when a priority action is found. */
    public InspectionType(String id, String title, boolean graded, String source, List<MilestoneRule> milestones) {
        this(id, title, graded, source, milestones, List.of(), null, null, List.of());
    }

    /** Refuses a list of statuses to skip that names one every inspection passes through. */
    static void requireSkippable(String who, List<String> skipped) {
        for (String status : skipped) {
            if (UNSKIPPABLE.contains(status)) {
                throw new IllegalArgumentException(who + " cannot skip " + status);
            }
        }
    }

    /** This type opened on one or more of these topics. */
    public InspectionType withTopics(List<Topic> chosenFrom) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, chosenFrom, questions, aspects, seriesEndedBy,
                addedStatuses, summaryQuestions, unpublishedFirstVisit);
    }

    /** This type seeking to answer these questions. */
    public InspectionType withQuestions(List<SourcedText> asked) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, asked, aspects, seriesEndedBy,
                addedStatuses, summaryQuestions, unpublishedFirstVisit);
    }

    /** This type always evaluating these aspects. */
    public InspectionType withAspects(List<SourcedText> evaluated) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, questions, evaluated, seriesEndedBy,
                addedStatuses, summaryQuestions, unpublishedFirstVisit);
    }

    /** This type numbered in a series that an inspection of the type {@code endingType} ends. */
    public InspectionType numberedInSeriesEndedBy(String endingType) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, questions, aspects, endingType,
                addedStatuses, summaryQuestions, unpublishedFirstVisit);
    }

    /** This type with these statuses added to its lifecycle. */
    public InspectionType withAddedStatuses(List<AddedStatus> added) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, questions, aspects, seriesEndedBy,
                added, summaryQuestions, unpublishedFirstVisit);
    }

    /** This type with a report whose summary answers these questions. */
    public InspectionType withSummaryQuestions(List<SummaryQuestion> asked) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, questions, aspects, seriesEndedBy, addedStatuses,
                asked, unpublishedFirstVisit);
    }

    /** This type, numbered in a series, whose first visit of an authority's first series publishes nothing. */
    public InspectionType withUnpublishedFirstVisit(UnpublishedFirstVisit firstVisit) {
        return new InspectionType(id, title, graded, source, milestones, priorityActionMilestones, runsBeside,
                recordingRule, skippedStatuses, takesTheme, topics, questions, aspects, seriesEndedBy, addedStatuses,
                summaryQuestions, firstVisit);
    }

    /**
     * The ids of the statuses an inspection of this type passes through, in order: the platform's, less those the type
     * skips, each followed by those the framework adds after it. Optional added statuses may be passed over.
     */
    public List<String> lifecycle() {
        return lifecycle(List.of());
    }

    /**
     * The lifecycle of an inspection of this type that also passes over {@code alsoSkipped} (the first visit of a
     * series that publishes nothing, {@link UnpublishedFirstVisit}); the statuses added after them go with them.
     */
    public List<String> lifecycle(List<String> alsoSkipped) {
        List<String> ids = new ArrayList<>();
        for (String status : PLATFORM_STATUSES) {
            if (!skippedStatuses.contains(status) && !alsoSkipped.contains(status)) {
                ids.add(status);
                addedStatuses.stream().filter(a -> a.after().equals(status)).forEach(a -> ids.add(a.id()));
            }
        }
        return ids;
    }

    /** Whether an inspection of this type is opened on topics chosen from {@link #topics()}. */
    public boolean takesTopics() {
        return !topics.isEmpty();
    }
}
