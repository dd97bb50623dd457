package org.inspectra.core.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.inspectra.api.authority.LocalAuthorityService;
import org.inspectra.api.authority.PathwayOutlook;
import org.inspectra.api.authority.PathwayService;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.NotFoundException;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;
import org.inspectra.api.framework.Pathway;
import org.inspectra.api.inspection.Inspection;
import org.inspectra.api.inspection.InspectionQuery;
import org.inspectra.api.inspection.InspectionStatus;
import org.inspectra.api.inspection.Milestone;
import org.inspectra.api.judgement.GradeRecord;
import org.inspectra.api.registry.FrameworkRegistry;
import org.inspectra.api.registry.RegisteredFramework;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.InspectionStore;
import org.inspectra.api.store.JudgementStore;
import org.inspectra.core.inspection.InspectionLookup;
import org.inspectra.core.inspection.MilestonePlanner;
import org.inspectra.api.calendar.WorkingDayCalendar;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads a local authority's last graded outcome and asks the framework it was inspected under where the authority
 * goes next, dating the window of the next inspection ({@code 000 §13}: about three years after the last, six months
 * either side) and, after an inadequate judgement, the first monitoring visit ({@code 000 §128}: within three months
 * of the action plan's deadline).
 */
@Component(service = PathwayService.class)
public final class StoredPathwayService implements PathwayService {

    /** An outcome decides the pathway once the final report is out. */
    private static final Set<InspectionStatus> DECIDED =
            Set.of(InspectionStatus.FINAL, InspectionStatus.PUBLISHED, InspectionStatus.CLOSED);

    private final LocalAuthorityService authorities;
    private final InspectionStore inspections;
    private final JudgementStore judgements;
    private final FrameworkRegistry frameworks;
    private final InspectionLookup lookup;
    private final MilestonePlanner planner;

    @Activate
    public StoredPathwayService(@Reference LocalAuthorityService authorities, @Reference InspectionStore inspections,
                                @Reference JudgementStore judgements, @Reference FrameworkRegistry frameworks,
                                @Reference InspectionLookup lookup, @Reference WorkingDayCalendar calendar) {
        this.authorities = authorities;
        this.inspections = inspections;
        this.judgements = judgements;
        this.frameworks = frameworks;
        this.lookup = lookup;
        this.planner = new MilestonePlanner(calendar);
    }

    @Override
    public PathwayOutlook pathway(String localAuthority, Caller caller) {
        if (!caller.isStaff() && !caller.localAuthorities().contains(localAuthority)) {
            throw new ForbiddenException("Only inspectorate staff and the authority's link people read its pathway");
        }
        if (authorities.find(localAuthority).isEmpty()) {
            throw new NotFoundException("No local authority " + localAuthority);
        }
        // Newest notification first: the first decided, graded inspection with a pathway is the last outcome.
        for (Inspection inspection : inspections.search(new InspectionQuery(localAuthority, null, null))) {
            if (!DECIDED.contains(inspection.status())) {
                continue;
            }
            Optional<PathwayOutlook> outlook = outlook(inspection);
            if (outlook.isPresent()) {
                return outlook.get();
            }
        }
        throw new NotFoundException("Local authority " + localAuthority + " has no final graded inspection under a "
                + "framework with pathways yet");
    }

    private Optional<PathwayOutlook> outlook(Inspection inspection) {
        Optional<RegisteredFramework> framework = frameworks.find(inspection.framework().id(),
                inspection.framework().version());
        if (framework.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> overall = framework.get().definition().judgements().stream()
                .filter(j -> j.kind() == JudgementKind.OVERALL).map(Judgement::id).findFirst();
        List<GradeRecord> grades = judgements.grades(inspection.id());
        Optional<String> grade = overall.flatMap(o -> grades.stream().filter(g -> g.judgement().equals(o))
                .map(GradeRecord::grade).findFirst());
        Optional<Pathway> pathway = grade.flatMap(g -> framework.get().framework().pathwayAfter(g));
        if (pathway.isEmpty()) {
            return Optional.empty();
        }
        Pathway p = pathway.get();
        List<Milestone> timeline = planner.plan(lookup.pinned(inspection).type(), inspection.notifiedOn());
        LocalDate last = due(timeline, "fieldwork-end").orElse(inspection.notifiedOn());
        LocalDate earliest = null;
        LocalDate latest = null;
        if (p.windowMonthsAfterLast() > 0) {
            earliest = last.plusMonths(p.windowMonthsAfterLast() - p.windowPlusOrMinusMonths());
            latest = last.plusMonths(p.windowMonthsAfterLast() + p.windowPlusOrMinusMonths());
        }
        LocalDate actionPlanDue = null;
        LocalDate firstMonitoringVisitBy = null;
        if (p.monitoringVisitsMax() > 0) {
            actionPlanDue = due(timeline, "action-plan-due").orElse(null);
            if (actionPlanDue != null && p.firstMonitoringVisitWithinMonthsOfActionPlan() > 0) {
                firstMonitoringVisitBy = actionPlanDue.plusMonths(p.firstMonitoringVisitWithinMonthsOfActionPlan());
            }
        }
        return Optional.of(new PathwayOutlook(inspection.localAuthority(), inspection.id(), inspection.framework(),
                grade.get(), last, p, earliest, latest, actionPlanDue, firstMonitoringVisitBy));
    }

    private static Optional<LocalDate> due(List<Milestone> timeline, String id) {
        return timeline.stream().filter(m -> m.id().equals(id)).map(Milestone::due).findFirst();
    }
}
