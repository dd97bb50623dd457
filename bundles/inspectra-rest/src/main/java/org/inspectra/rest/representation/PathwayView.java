package org.inspectra.rest.representation;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.authority.PathwayOutlook;
import org.inspectra.api.framework.Pathway;

/**
 * {@code GET /local-authorities/{code}/pathway}: the pathway (1, 2 or 3) from the last graded outcome and the window
 * of the next inspection or visits (API.md, Local authorities).
 */
public record PathwayView(String localAuthority, int pathway, String title, BasedOn basedOn,
                          NextInspection nextInspection, Range focusedVisits, MonitoringVisits monitoringVisits,
                          List<String> activities, List<String> constraints, String source) {

    /** The outcome the pathway follows from. */
    public record BasedOn(String inspection, InspectionView.FrameworkRef framework, String grade,
                          LocalDate fieldworkEnded) {
    }

    /** The next graded inspection: its type, and the window it usually falls in (null after monitoring). */
    public record NextInspection(String type, String instead, LocalDate earliest, LocalDate latest) {
    }

    public record Range(int min, int max) {
    }

    /** Monitoring visits before the next inspection, where the pathway has them. */
    public record MonitoringVisits(int min, int max, Range perYear, LocalDate actionPlanDue, LocalDate firstBy) {
    }

    public static PathwayView of(PathwayOutlook o) {
        Pathway p = o.pathway();
        return new PathwayView(o.localAuthority(), p.number(), p.title(),
                new BasedOn(o.basedOn(), new InspectionView.FrameworkRef(o.framework().id(), o.framework().version()),
                        o.grade(), o.lastInspectedOn()),
                new NextInspection(p.nextInspection(), p.instead(), o.nextInspectionEarliest(),
                        o.nextInspectionLatest()),
                new Range(p.focusedVisitsMin(), p.focusedVisitsMax()),
                p.monitoringVisitsMax() == 0 ? null : new MonitoringVisits(p.monitoringVisitsMin(),
                        p.monitoringVisitsMax(), new Range(p.monitoringVisitsPerYearMin(),
                        p.monitoringVisitsPerYearMax()), o.actionPlanDue(), o.firstMonitoringVisitBy()),
                p.activities(), p.constraints(), p.source());
    }
}
