package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.FieldSpec;
import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.SourcedText;
import org.inspectra.api.framework.SummaryQuestion;
import org.inspectra.api.framework.Topic;
import org.inspectra.api.framework.UnpublishedFirstVisit;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.theme.RegisteredTheme;

/**
 * One framework version in full (API.md, Frameworks): the summary's fields, with the criteria, child lists, grade
 * titles, judgement descriptors and each type's milestone rules, all with their seed paragraphs; where the framework
 * takes deep-dive themes, the installed themes (absent otherwise).
 */
public record FrameworkDetail(String id, String version, String title, LocalDate publishedOn, String status,
                              String source, List<String> gradeScale, List<Grade> grades,
                              List<InspectionTypeDetail> inspectionTypes, List<JudgementDetail> judgements,
                              List<CriterionDetail> criteria, List<ChildListDetail> childLists,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<ThemeSummary> themes,
                              List<SelectionStageDetail> selectionStages) {

    /** A stage the framework's selection rules propose children for ({@code POST /inspections/{id}/selections}). */
    public record SelectionStageDetail(String stage, String source) {
    }

    /**
     * One inspection type: {@code topics} to open it on (at least one, where there are any), the {@code questions} it
     * seeks to answer, the {@code aspects} it always evaluates, and {@code seriesEndedBy}, only where its inspections
     * are numbered in a series, the type whose inspection ends the series; {@code lifecycle}, the ids of the statuses
     * its inspections pass through in order, and {@code addedStatuses}, those of them its framework adds;
     * {@code summaryQuestions}, what the summary of its report answers; {@code unpublishedFirstVisit}, only where the
     * first visit of a first series publishes nothing, what that visit leaves out.
     */
    public record InspectionTypeDetail(String id, String title, boolean graded, String source,
                                       List<MilestoneRuleDetail> milestones, List<Topic> topics,
                                       List<SourcedText> questions, List<SourcedText> aspects,
                                       @JsonInclude(JsonInclude.Include.NON_NULL) String seriesEndedBy,
                                       List<String> lifecycle, List<AddedStatus> addedStatuses,
                                       List<SummaryQuestion> summaryQuestions,
                                       @JsonInclude(JsonInclude.Include.NON_NULL)
                                       UnpublishedFirstVisit unpublishedFirstVisit) {
    }

    public record MilestoneRuleDetail(String id, String title, String after, int days, String count, String source) {
    }

    public record JudgementDetail(String id, String title, String kind, String within, String source,
                                  List<GradeDescriptor> descriptors) {
    }

    public record CriterionDetail(String id, String title, String judgement, String source,
                                  List<GradeDescriptor> descriptors) {
    }

    public record ChildListDetail(String id, String title, String source, boolean onePerChild,
                                  List<FieldDetail> fields) {
    }

    public record FieldDetail(String id, String title, String type, boolean required, List<String> codes,
                              List<String> aliases) {
    }

    public static FrameworkDetail of(RegisteredFramework f) {
        return of(f, List.of());
    }

    /** With the installed themes of the framework, where it takes themes. */
    public static FrameworkDetail of(RegisteredFramework f, List<RegisteredTheme> themes) {
        FrameworkDefinition d = f.definition();
        return new FrameworkDetail(d.descriptor().id(), d.descriptor().version(), d.descriptor().title(),
                d.descriptor().publishedOn(), f.status().id(), d.descriptor().source(),
                d.gradeScale().stream().map(Grade::id).toList(), d.gradeScale(),
                d.inspectionTypes().stream().map(FrameworkDetail::type).toList(),
                d.judgements().stream().map(FrameworkDetail::judgement).toList(),
                d.criteria().stream().map(FrameworkDetail::criterion).toList(),
                d.childLists().stream().map(FrameworkDetail::childList).toList(),
                d.takesThemes() ? ThemeSummary.newest(themes) : null,
                f.framework().selectionRules().stream()
                        .map(r -> new SelectionStageDetail(r.stage(), r.source())).toList());
    }

    private static InspectionTypeDetail type(InspectionType t) {
        return new InspectionTypeDetail(t.id(), t.title(), t.graded(), t.source(),
                t.milestones().stream().map(FrameworkDetail::rule).toList(), t.topics(), t.questions(), t.aspects(),
                t.seriesEndedBy(), t.lifecycle(), t.addedStatuses(), t.summaryQuestions(), t.unpublishedFirstVisit());
    }

    private static MilestoneRuleDetail rule(MilestoneRule r) {
        return new MilestoneRuleDetail(r.id(), r.title(), r.after(), r.days(), r.count().name().toLowerCase(),
                r.source());
    }

    private static JudgementDetail judgement(Judgement j) {
        return new JudgementDetail(j.id(), j.title(), j.kind().id(), j.within(), j.source(), j.descriptors());
    }

    static CriterionDetail criterion(Criterion c) {
        return new CriterionDetail(c.id(), c.title(), c.judgement(), c.source(), c.descriptors());
    }

    static ChildListDetail childList(ChildListSpec l) {
        return new ChildListDetail(l.id(), l.title(), l.source(), l.onePerChild(),
                l.fields().stream().map(FrameworkDetail::field).toList());
    }

    private static FieldDetail field(FieldSpec f) {
        return new FieldDetail(f.id(), f.title(), f.type().name().toLowerCase().replace('_', '-'), f.required(),
                f.codes(), f.aliases());
    }
}
