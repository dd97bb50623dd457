package org.inspectra.api.authority;

import java.time.LocalDate;

import org.inspectra.api.framework.FrameworkKey;
import org.inspectra.api.framework.Pathway;

/**
 * A local authority's pathway after its last graded outcome, dated ({@code 000 §13-24}).
 *
 * @param localAuthority          the authority's code
 * @param basedOn                 the inspection whose outcome decides the pathway
 * @param framework               its framework version
 * @param grade                   its overall effectiveness grade
 * @param lastInspectedOn         the end of its fieldwork
 * @param pathway                 the pathway
 * @param nextInspectionEarliest  when the next inspection usually falls at the earliest, or {@code null} where it
 *                                follows the monitoring visits
 * @param nextInspectionLatest    and at the latest
 * @param actionPlanDue           when the authority's action plan is due, where the pathway has monitoring visits
 * @param firstMonitoringVisitBy  the first monitoring visit comes by then, or {@code null}
 */
public record PathwayOutlook(String localAuthority, String basedOn, FrameworkKey framework, String grade,
                             LocalDate lastInspectedOn, Pathway pathway, LocalDate nextInspectionEarliest,
                             LocalDate nextInspectionLatest, LocalDate actionPlanDue,
                             LocalDate firstMonitoringVisitBy) {
}
