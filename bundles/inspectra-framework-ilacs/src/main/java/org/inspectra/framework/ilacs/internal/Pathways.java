package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.GOOD;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.OUTSTANDING;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.REQUIRES_IMPROVEMENT;
import static org.inspectra.framework.ilacs.internal.IlacsInspectionTypes.SHORT;
import static org.inspectra.framework.ilacs.internal.IlacsInspectionTypes.STANDARD;

import java.util.List;
import java.util.Optional;

/**
 * The three ILACS pathways ({@code 000 §13-24}): which inspection or visits a local authority receives next, chosen
 * by the overall effectiveness grade of its most recent inspection. The platform's pathway endpoint (API.md, Local
 * authorities) reads it through {@link IlacsFramework#pathwayAfter}.
 */
final class Pathways {

    /**
     * When the next standard or short inspection usually falls: "within six months before or six months after the
     * three-year anniversary" (§13).
     *
     * @param monthsAfterLast  months after the previous inspection
     * @param plusOrMinusMonths how far either side
     */
    record Window(int monthsAfterLast, int plusOrMinusMonths) {
    }

    /**
     * One pathway.
     *
     * @param number               1, 2 or 3
     * @param title                as the seed heads it
     * @param lastGrades           overall effectiveness grades of the most recent inspection that lead here
     * @param nextInspection       inspection type id of the next graded inspection
     * @param instead              type id used instead where there are concerns, or {@code null}
     * @param window               when the next inspection usually falls, or {@code null} where it follows the
     *                             monitoring visits instead (pathway 3)
     * @param focusedVisitsBetween focused visits between inspections (a JTAI may replace one, §18, §21)
     * @param monitoringVisits     monitoring visits before the next inspection
     * @param activities           the pathway's column of the table under §24
     * @param source               seed paragraphs
     */
    record Pathway(int number, String title, List<String> lastGrades, String nextInspection, String instead,
                   Window window, CountRange focusedVisitsBetween, CountRange monitoringVisits,
                   List<String> activities, String source) {
        Pathway {
            lastGrades = List.copyOf(lastGrades);
            activities = List.copyOf(activities);
        }
    }

    /** §13, §17, §20: "about three years after the previous inspection", six months either side. */
    static final Window THREE_YEARS = new Window(36, 6);

    static final List<Pathway> ALL = List.of(
            // §17-19. §18 says "usually ... one focused visit or a JTAI" between inspections, as DOMAIN.md reads it;
            // the table under §24 prints "Up to two focused visits" in this column too, kept in the activities.
            new Pathway(1, "Pathway 1: local authorities judged good or outstanding at their most recent inspection",
                    List.of(OUTSTANDING, GOOD), SHORT, STANDARD, THREE_YEARS, CountRange.exactly(1),
                    CountRange.exactly(0), List.of(
                            "Short inspection (once in a three year period)",
                            "Up to two focused visits in between inspections",
                            "Possible JTAI (would replace a focused visit)",
                            "Shared self-evaluation",
                            "Annual engagement meeting"), "000 §13, §17-19, §24"),
            // §20-21
            new Pathway(2, "Pathway 2: local authorities judged requires improvement to be good at their most "
                    + "recent inspection", List.of(REQUIRES_IMPROVEMENT), STANDARD, null, THREE_YEARS,
                    CountRange.upTo(2), CountRange.exactly(0), List.of(
                            "Standard inspection (once in a three year period)",
                            "Up to two focused visits in between inspections",
                            "Possible JTAI (would replace a focused visit)",
                            "Shared self-evaluation",
                            "Annual engagement meeting"), "000 §13, §20-21, §24"),
            // §22-23: "between four and six monitoring visits before the re-inspection", by a standard inspection.
            new Pathway(3, "Pathway 3: local authorities judged inadequate at their most recent inspection",
                    List.of(INADEQUATE), STANDARD, null, null, CountRange.exactly(0), new CountRange(4, 6),
                    List.of(
                            "Monitoring visits",
                            "Standard inspection (after we have completed monitoring visits)",
                            "Shared self-evaluation",
                            "Annual engagement meeting"), "000 §13, §22-24, §128"));

    /**
     * What follows an inadequate judgement (§112-139, §30): the action planning visit, then the monitoring visits.
     *
     * @param actionPlanningVisitAfterReportWorkingDays §116: "about 30 working days after the local authority has
     *                                                  received its inspection report"
     * @param agendaBeforeVisitWorkingDays              §121: final agenda "five working days before the visit"
     * @param actionPlanDeadlineMonthsAfterPublication  §128: "about six months after publication of the inspection
     *                                                  report" (beside §227's 70 working days after the final report)
     * @param firstVisitWithinMonthsOfActionPlanDeadline §128: "within three months of the submission deadline"
     * @param visitsPerYear                             §128: "three or four monitoring visits a year"
     * @param visitsBeforeReinspection                  §22, §128: "between four and six"
     * @param childrenPerVisit                          §134: "up to six children and young people"
     * @param auditedCasesPerVisit                      §131: "up to six cases that have already been audited"
     * @param auditsBeforeVisitWorkingDays              §131: completed audits "at least three working days before"
     * @param sampleFromMonths                          §135: "only sample cases from the previous three months"
     * @param selfEvaluationAfterMonths                 §30: no self-evaluation asked until the monitoring visits of
     *                                                  the first 12 months are complete
     */
    record MonitoringArrangements(int actionPlanningVisitAfterReportWorkingDays, int agendaBeforeVisitWorkingDays,
                                  int actionPlanDeadlineMonthsAfterPublication,
                                  int firstVisitWithinMonthsOfActionPlanDeadline, CountRange visitsPerYear,
                                  CountRange visitsBeforeReinspection, CountRange childrenPerVisit,
                                  CountRange auditedCasesPerVisit, int auditsBeforeVisitWorkingDays,
                                  int sampleFromMonths, int selfEvaluationAfterMonths) {
    }

    static final MonitoringArrangements MONITORING = new MonitoringArrangements(30, 5, 6, 3, new CountRange(3, 4),
            new CountRange(4, 6), CountRange.upTo(6), CountRange.upTo(6), 3, 3, 12);

    /** §14: "Inspections will not usually begin over the Christmas and New Year period." */
    static final String NO_START_OVER_CHRISTMAS_AND_NEW_YEAR =
            "Inspections will not usually begin over the Christmas and New Year period.";

    /** §14: "The only activities that might take place in August". */
    static final List<String> AUGUST_ONLY = List.of(
            "planned monitoring visits",
            "focused visits by agreement or if concerns arise");

    /** §48: the letter to the DCS after the annual engagement meeting, "within a month of the meeting". */
    static final int ENGAGEMENT_LETTER_WITHIN_MONTHS = 1;

    /** §14: when inspections and visits do not start, for every pathway. */
    static final List<String> CONSTRAINTS = List.of(NO_START_OVER_CHRISTMAS_AND_NEW_YEAR,
            "In August the only activities are " + String.join(" and ", AUGUST_ONLY) + " (000 §14).");

    private Pathways() {
    }

    /** The pathway as the platform reads it, with the monitoring arrangements where it has monitoring visits. */
    static org.inspectra.api.framework.Pathway toSpi(Pathway p) {
        boolean monitored = p.monitoringVisits().max() > 0;
        return new org.inspectra.api.framework.Pathway(p.number(), p.title(), p.nextInspection(), p.instead(),
                p.window() == null ? 0 : p.window().monthsAfterLast(),
                p.window() == null ? 0 : p.window().plusOrMinusMonths(),
                p.focusedVisitsBetween().min(), p.focusedVisitsBetween().max(),
                p.monitoringVisits().min(), p.monitoringVisits().max(),
                monitored ? MONITORING.visitsPerYear().min() : 0, monitored ? MONITORING.visitsPerYear().max() : 0,
                monitored ? MONITORING.firstVisitWithinMonthsOfActionPlanDeadline() : 0,
                p.activities(), CONSTRAINTS, p.source());
    }

    /**
     * The pathway a local authority is on, or enters, with this overall effectiveness grade (§13 diagram: the
     * outcome of each pathway's inspection moves the local authority to the pathway of the new grade; §23).
     */
    static Optional<Pathway> forLastGrade(String overallGrade) {
        return ALL.stream().filter(p -> p.lastGrades().contains(overallGrade)).findFirst();
    }
}
