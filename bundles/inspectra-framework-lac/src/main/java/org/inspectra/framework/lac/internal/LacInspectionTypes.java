package org.inspectra.framework.lac.internal;

import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.api.framework.MilestoneRule.calendarDays;
import static org.inspectra.api.framework.MilestoneRule.workingDays;
import static org.inspectra.framework.lac.internal.InspectionArrangements.COMPLAINT_CALENDAR_DAYS_AFTER_PUBLICATION;
import static org.inspectra.framework.lac.internal.InspectionArrangements.MAXIMUM_NOTICE_WORKING_DAYS;
import static org.inspectra.framework.lac.internal.InspectionArrangements.MAXIMUM_WORKING_DAYS_ON_SITE;
import static org.inspectra.framework.lac.internal.InspectionArrangements.SET_UP_MEETING_DAYS_AFTER_NOTIFICATION;

import java.util.List;

import org.inspectra.api.framework.InspectionType;

/**
 * The one kind of inspection the framework defines, the looked after children inspection ({@code 002 §14}), graded
 * (§18, §34), with its timeline.
 *
 * <p>Days are working days (DOMAIN.md, Days) except the complaint window, which §50 counts in calendar days. The
 * report deadlines of §35-38 count from "the end of the inspection", read as the last day on site
 * ({@code fieldwork-end}), when oral feedback is given (§40). §38 says "within 25 days" without "working"; it is read
 * as working days like the three deadlines before it, which it continues.
 */
final class LacInspectionTypes {

    static final String INSPECTION = "inspection";

    // Generic milestone ids (API.md, Inspections).
    static final String FIELDWORK_START = "fieldwork-start";
    static final String FIELDWORK_END = "fieldwork-end";
    static final String DRAFT_REPORT_SENT = "draft-report-sent";
    static final String FACTUAL_ACCURACY_DUE = "factual-accuracy-due";
    static final String FINAL_REPORT_SENT = "final-report-sent";
    static final String PUBLICATION = "publication";

    // This framework's own milestones.
    static final String SET_UP_MEETING = "set-up-meeting";
    static final String FEEDBACK_MEETING = "feedback-meeting";
    static final String COMPLAINT_DEADLINE = "complaint-deadline";

    static final InspectionType LOOKED_AFTER_CHILDREN_INSPECTION = new InspectionType(INSPECTION,
            "Looked after children inspection", true, "002 §6-10, §14", List.of(
                    // §23: "four days after notification of the inspection".
                    workingDays(SET_UP_MEETING, "Set-up meeting between the lead inspector and representatives of "
                            + "the local authority", NOTIFICATION, SET_UP_MEETING_DAYS_AFTER_NOTIFICATION, "002 §23"),
                    // §7: notice of "usually 10 working days" at most, so fieldwork starts no later than day 10.
                    workingDays(FIELDWORK_START, "Inspectors on site; fieldwork begins", NOTIFICATION,
                            MAXIMUM_NOTICE_WORKING_DAYS, "002 §7"),
                    // §10: "up to five working days" on site: the fifth day is four working days after the first.
                    workingDays(FIELDWORK_END, "Last day on site; the end of the inspection", FIELDWORK_START,
                            MAXIMUM_WORKING_DAYS_ON_SITE - 1, "002 §10"),
                    // §40: oral feedback to the DCS "at the end of the inspection".
                    workingDays(FEEDBACK_MEETING, "Oral feedback about draft findings to the Director of Children's "
                            + "Services", FIELDWORK_END, 0, "002 §40"),
                    workingDays(DRAFT_REPORT_SENT, "Draft report sent to the Director of Children's Services for a "
                            + "factual accuracy check", FIELDWORK_END, 10, "002 §35"),
                    // §36: "within five working days (15 working days after the end of the inspection)".
                    workingDays(FACTUAL_ACCURACY_DUE, "Director of Children's Services returns the draft report with "
                            + "any comments on factual accuracy", DRAFT_REPORT_SENT, 5, "002 §36"),
                    workingDays(FINAL_REPORT_SENT, "Final report sent to the Director of Children's Services, copied "
                            + "to the Lead Member for Children's Services and the Chief Executive", FIELDWORK_END, 20,
                            "002 §37"),
                    workingDays(PUBLICATION, "Final report published on the Ofsted website", FIELDWORK_END, 25,
                            "002 §38"),
                    // §50: the only calendar-day count of the seed.
                    calendarDays(COMPLAINT_DEADLINE, "Last day to make a complaint about the inspection", PUBLICATION,
                            COMPLAINT_CALENDAR_DAYS_AFTER_PUBLICATION, "002 §50")));

    static final List<InspectionType> ALL = List.of(LOOKED_AFTER_CHILDREN_INSPECTION);

    private LacInspectionTypes() {
    }
}
