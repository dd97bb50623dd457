package org.inspectra.api.framework;

import java.util.List;

/**
 * Where a local authority goes next after a graded inspection (ILACS pathways, {@code 000 §13-24}).
 *
 * @param number                      1, 2 or 3
 * @param title                       as the seed heads it
 * @param nextInspection              inspection type id of the next graded inspection
 * @param instead                     type id used instead where there are concerns, or {@code null}
 * @param windowMonthsAfterLast       months after the last inspection the next one usually falls, or 0 where it
 *                                    follows the monitoring visits instead
 * @param windowPlusOrMinusMonths     how far either side of that
 * @param focusedVisitsMin            fewest focused visits between inspections
 * @param focusedVisitsMax            most
 * @param monitoringVisitsMin         fewest monitoring visits before the next inspection
 * @param monitoringVisitsMax         most
 * @param monitoringVisitsPerYearMin  fewest monitoring visits a year, where there are any
 * @param monitoringVisitsPerYearMax  most
 * @param firstMonitoringVisitWithinMonthsOfActionPlan months after the action plan is due by which the first
 *                                    monitoring visit comes, or 0
 * @param activities                  what the pathway holds, as the seed lists it
 * @param constraints                 when inspections and visits do not start (e.g. Christmas, August)
 * @param source                      seed paragraphs
 */
public record Pathway(int number, String title, String nextInspection, String instead, int windowMonthsAfterLast,
                      int windowPlusOrMinusMonths, int focusedVisitsMin, int focusedVisitsMax, int monitoringVisitsMin,
                      int monitoringVisitsMax, int monitoringVisitsPerYearMin, int monitoringVisitsPerYearMax,
                      int firstMonitoringVisitWithinMonthsOfActionPlan, List<String> activities,
                      List<String> constraints, String source) {
    public Pathway {
        activities = List.copyOf(activities);
        constraints = List.copyOf(constraints);
    }
}
