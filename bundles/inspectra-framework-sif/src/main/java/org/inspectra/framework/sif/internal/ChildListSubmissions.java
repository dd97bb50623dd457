package org.inspectra.framework.sif.internal;

import java.time.DayOfWeek;
import java.util.List;

/**
 * When each child-level list is due: Table 1 of Annex A ("Submission date – stage 1", "Submission date – stage 2"),
 * where the seed gives the date. Stage 1 carries the fields already in DfE data returns; stage 2, offered "for several
 * of the lists", the rest (Annex A, "When providing the required lists").
 *
 * <p>The dates are weekdays of the inspection's weeks. The lead inspector arrives "the following day" after
 * notification (004 §7) and the first lists are due "Week 1 (Tuesday am)", so notification is read as the Monday of
 * week 1: a date in week <i>w</i> on weekday <i>d</i> falls {@code 5 × (w − 1) + (d − Monday)} working days after
 * notification.
 *
 * <p>The PDF extraction lost the end of Table 1. For list 8 it keeps "Week 1 (end of Tuesday)" and "Week 2 (end of
 * Tuesday)"; of list 9 only "Week 1 (end of" and "Week 2 (end of" survive, without a day; lists 10 and 11 have no row
 * at all. Those lists therefore get no submission milestone.
 */
final class ChildListSubmissions {

    static final String SOURCE = "004 Annex A, Table 1";

    /**
     * One submission date of Table 1.
     *
     * @param list    list number (1-11)
     * @param stage   1 or 2
     * @param week    week of the inspection, from 1
     * @param day     the weekday in that week
     * @param wording the cell as the seed prints it
     */
    record Submission(int list, int stage, int week, DayOfWeek day, String wording) {

        /** Working days after notification, notification being the Monday of week 1. */
        int workingDaysAfterNotification() {
            return 5 * (week - 1) + (day.getValue() - DayOfWeek.MONDAY.getValue());
        }

        /** Milestone id, e.g. {@code list-4-stage-2}. */
        String milestoneId() {
            return "list-" + list + "-stage-" + stage;
        }
    }

    private static final String TUESDAY_AM = "Week 1 (Tuesday am)";
    private static final String END_OF_FRIDAY = "Week 1 (end of Friday)";

    /** In the table's order; lists with "Not applicable" for stage 2 have a stage 1 date only. */
    static final List<Submission> ALL = List.of(
            new Submission(1, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(2, 1, 1, DayOfWeek.THURSDAY, "Week 1 (Thursday am)"),
            new Submission(3, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(4, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(4, 2, 1, DayOfWeek.FRIDAY, END_OF_FRIDAY),
            new Submission(5, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(5, 2, 1, DayOfWeek.FRIDAY, END_OF_FRIDAY),
            new Submission(6, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(6, 2, 1, DayOfWeek.FRIDAY, END_OF_FRIDAY),
            new Submission(7, 1, 1, DayOfWeek.TUESDAY, TUESDAY_AM),
            new Submission(7, 2, 1, DayOfWeek.FRIDAY, END_OF_FRIDAY),
            new Submission(8, 1, 1, DayOfWeek.TUESDAY, "Week 1 (end of Tuesday)"),
            new Submission(8, 2, 2, DayOfWeek.TUESDAY, "Week 2 (end of Tuesday)"));

    private ChildListSubmissions() {
    }
}
