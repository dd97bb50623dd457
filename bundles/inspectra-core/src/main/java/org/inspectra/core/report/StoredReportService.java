package org.inspectra.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.error.ConflictException;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.Violation;
import org.inspectra.api.finding.Finding;
import org.inspectra.api.finding.FindingKind;
import org.inspectra.api.framework.ContextItem;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.ReportTemplate;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.report.Audience;
import org.inspectra.api.report.RenderedReport;
import org.inspectra.api.report.ReportFormat;
import org.inspectra.api.report.ReportRenderer;
import org.inspectra.api.report.ReportService;
import org.inspectra.api.report.SummaryAnswer;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.ReportStatementStore;
import org.inspectra.api.store.FindingStore;
import org.inspectra.api.store.JudgementStore;
import org.inspectra.core.inspection.InspectionAccess;
import org.inspectra.core.inspection.InspectionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Builds the model of an inspection's report from its record (judgements, findings, timeline) and has the pinned
 * framework version's own template rendered. A draft carries its mark until the inspection is final; a graded report
 * is not rendered while a judgement lacks its grade, nor a report while its summary lacks an answer (000 §211).
 */
@Component(service = ReportService.class)
public final class StoredReportService implements ReportService {

    /** The mark a report carries until the inspection reaches {@code final}. */
    static final String DRAFT_MARK = "Draft — for factual accuracy check";

    private final InspectionLookup lookup;
    private final InspectionService inspections;
    private final LocalAuthorityService authorities;
    private final JudgementStore judgements;
    private final FindingStore findings;
    private final ReportStatementStore statements;
    private final ReportRenderer renderer;

    @Activate
    public StoredReportService(@Reference InspectionLookup lookup, @Reference InspectionService inspections,
                               @Reference LocalAuthorityService authorities, @Reference JudgementStore judgements,
                               @Reference FindingStore findings, @Reference ReportStatementStore statements,
                               @Reference ReportRenderer renderer) {
        this.lookup = lookup;
        this.inspections = inspections;
        this.authorities = authorities;
        this.judgements = judgements;
        this.findings = findings;
        this.statements = statements;
        this.renderer = renderer;
    }

    @Override
    public RenderedReport report(String inspectionId, ReportFormat format, Audience audience, Caller caller) {
        InspectionLookup.Pinned pinned = lookup.pinned(lookup.inspection(inspectionId));
        Inspection inspection = pinned.inspection();
        requireReader(pinned, caller);
        ReportTemplate template = pinned.framework().reportTemplate(inspection.type(), audience.id())
                .orElseThrow(() -> new ConflictException(pinned.definition().key() + " has no "
                        + (audience == Audience.CHILDREN ? "summary for children and young people" : "report")
                        + " for a " + pinned.type().title().toLowerCase(java.util.Locale.ROOT)));
        List<GradeRecord> grades = judgements.grades(inspectionId);
        List<Violation> missing = new ArrayList<>();
        if (pinned.type().graded()) {
            pinned.definition().judgements().stream()
                    .filter(j -> grades.stream().noneMatch(g -> g.judgement().equals(j.id())))
                    .map(j -> new Violation("judgements." + j.id(), "not-graded", j.title() + " has no grade yet"))
                    .forEach(missing::add);
        }
        List<SummaryAnswer> summary = StoredReportSummaryService.answers(pinned,
                statements.statements(inspectionId, ReportStatementStore.SUMMARY));
        if (audience == Audience.PUBLIC) {
            summary.stream().filter(a -> a.answer() == null)
                    .map(a -> new Violation("summary." + a.question().id(), "not-answered", "the summary does not "
                            + "answer yet: " + a.question().text() + " (" + a.question().source() + ")"))
                    .forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            throw new ConflictException("The " + template.title() + " needs every judgement graded and every "
                    + "question of its summary answered first", missing);
        }
        return renderer.render(template, format, model(pinned, grades, summary, template));
    }

    /**
     * The team writes the report; the local authority sees the draft from its factual accuracy check on (000 §224
     * table); once published it is public, so any user may read it, but for the letter of a first visit that is not
     * published (000 §208 note 28).
     */
    private static void requireReader(InspectionLookup.Pinned pinned, Caller caller) {
        Inspection inspection = pinned.inspection();
        boolean team = caller.isAdmin() || inspection.hasTeamMember(caller.user());
        boolean link = caller.localAuthorities().contains(inspection.localAuthority())
                && inspection.status().compareTo(InspectionStatus.DRAFT_SENT) >= 0;
        boolean published = inspection.status().compareTo(InspectionStatus.PUBLISHED) >= 0
                && pinned.unpublished().isEmpty();
        if (!team && !link && !published) {
            throw new ForbiddenException("The report is the team's until the draft goes to the local authority, "
                    + "and public once published");
        }
        InspectionAccess.requireReader(inspection, caller);
    }

    private Map<String, Object> model(InspectionLookup.Pinned pinned, List<GradeRecord> grades,
                                      List<SummaryAnswer> summary, ReportTemplate template) {
        Inspection inspection = pinned.inspection();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", template.title());
        model.put("draft", inspection.status().compareTo(InspectionStatus.FINAL) < 0);
        model.put("draftMark", DRAFT_MARK);
        model.put("framework", Map.of("id", inspection.framework().id(), "version", inspection.framework().version(),
                "title", pinned.definition().descriptor().title()));
        model.put("localAuthority", Map.of("code", inspection.localAuthority(), "name", authorities
                .find(inspection.localAuthority()).map(LocalAuthority::name).orElse(inspection.localAuthority())));
        model.put("inspection", Map.of("id", inspection.id(), "type", inspection.type(), "typeTitle",
                pinned.type().title(), "status", inspection.statusId(), "notifiedOn",
                inspection.notifiedOn().toString()));
        Map<String, String> dates = new LinkedHashMap<>();
        for (Milestone m : inspections.milestones(inspection)) {
            dates.put(m.id(), m.due().toString());
        }
        model.put("dates", dates);

        List<Finding> recorded = findings.list(inspection.id());
        model.put("judgements", judgementModel(pinned, grades, recorded));
        model.put("strengths", texts(recorded, FindingKind.STRENGTH, null));
        model.put("areasForImprovement", texts(recorded, FindingKind.AREA_FOR_IMPROVEMENT, null));
        model.put("priorityActions", texts(recorded, FindingKind.PRIORITY_ACTION, null));
        model.put("besides", besides(inspection));
        model.put("context", context(pinned));
        model.put("summary", summary.stream().filter(a -> a.answer() != null)
                .map(a -> Map.of("question", a.question().text(), "answer", a.answer())).toList());
        return model;
    }

    /**
     * The context section's statements written so far, grouped under their headings in the framework's order
     * (004 Annex A, "Information about the local authority area").
     */
    private List<Map<String, Object>> context(InspectionLookup.Pinned pinned) {
        Map<String, ReportStatementStore.Statement> written = statements.statements(pinned.inspection().id(),
                ReportStatementStore.CONTEXT);
        Map<String, List<String>> byHeading = new LinkedHashMap<>();
        for (ContextItem item : pinned.framework().areaContext()) {
            ReportStatementStore.Statement statement = written.get(item.id());
            if (statement != null) {
                byHeading.computeIfAbsent(item.heading(), h -> new ArrayList<>()).add(statement.text());
            }
        }
        List<Map<String, Object>> context = new ArrayList<>();
        byHeading.forEach((heading, statements) -> context.add(Map.of("heading", heading,
                "statements", statements)));
        return context;
    }

    /**
     * The inspections that run beside this one, with their judgements: an LSCB review is part of its SIF
     * inspection's report (004 §9).
     */
    private List<Map<String, Object>> besides(Inspection inspection) {
        List<Map<String, Object>> besides = new ArrayList<>();
        for (Inspection other : inspections.search(new InspectionQuery(inspection.localAuthority(), null, null))) {
            if (!inspection.id().equals(other.concurrentWith())) {
                continue;
            }
            InspectionLookup.Pinned pinned = lookup.pinned(other);
            List<GradeRecord> grades = judgements.grades(other.id());
            besides.add(Map.of("framework", other.framework().id(), "title", pinned.type().title(),
                    "judgements", judgementModel(pinned, grades, findings.list(other.id()))));
        }
        return besides;
    }

    private static List<Map<String, Object>> judgementModel(InspectionLookup.Pinned pinned, List<GradeRecord> grades,
                                                            List<Finding> recorded) {
        List<Map<String, Object>> judgementModel = new ArrayList<>();
        for (Judgement j : pinned.definition().judgements()) {
            Map<String, Object> jm = new LinkedHashMap<>();
            jm.put("id", j.id());
            jm.put("title", j.title());
            jm.put("kind", j.kind().id());
            grades.stream().filter(g -> g.judgement().equals(j.id())).findFirst().ifPresent(g -> {
                jm.put("grade", g.grade());
                jm.put("gradeTitle", pinned.definition().grade(g.grade()).map(Grade::title).orElse(g.grade()));
                jm.put("rationale", g.rationale() == null ? "" : g.rationale());
            });
            jm.put("strengths", texts(recorded, FindingKind.STRENGTH, j.id()));
            jm.put("areasForImprovement", texts(recorded, FindingKind.AREA_FOR_IMPROVEMENT, j.id()));
            judgementModel.add(jm);
        }
        return judgementModel;
    }

    /** The texts of the findings of a kind, for one judgement or (judgement null) all of them. */
    private static List<String> texts(List<Finding> findings, FindingKind kind, String judgement) {
        return findings.stream().filter(f -> f.kind() == kind)
                .filter(f -> judgement == null || judgement.equals(f.judgement())).map(Finding::text).toList();
    }
}
