package org.inspectra.framework.ilacs.internal;

import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.api.framework.MilestoneRule.workingDays;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.UnpublishedFirstVisit;

/**
 * The four kinds of ILACS inspection and visit ({@code 000 §1}) with their timelines, ids fixed by API.md.
 *
 * <p>Every day is a working day (DOMAIN.md, Days): the seed's tables say "days" and mean working days (§52, §73,
 * §103). Each chain starts at the implicit {@code notification}, the lead inspector's 9.30am call to the DCS (§73), or
 * for a monitoring visit the request for child-level data, which Annex A's table calls its notification (§252).
 *
 * <p>Three tables are read together: the day-by-day table under §53 (standard), §55 (short), §103 (focused visit) or
 * §129 (monitoring visit); the Annex A table of when information is due (§252); the reporting table after §224.
 */
final class IlacsInspectionTypes {

    static final String STANDARD = "standard";
    static final String SHORT = "short";
    static final String FOCUSED_VISIT = "focused-visit";
    static final String MONITORING_VISIT = "monitoring-visit";

    // Generic milestone ids (API.md, Inspections).
    static final String FIELDWORK_START = "fieldwork-start";
    static final String FIELDWORK_END = "fieldwork-end";
    static final String DRAFT_REPORT_SENT = "draft-report-sent";
    static final String FACTUAL_ACCURACY_DUE = "factual-accuracy-due";
    static final String FINAL_REPORT_SENT = "final-report-sent";
    static final String PUBLICATION = "publication";
    static final String ACTION_PLAN_DUE = "action-plan-due";

    // ILACS milestone ids for the other rows of the seed's tables.
    static final String LEAD_INSPECTOR_PREPARATION = "lead-inspector-preparation";
    static final String SET_UP_CALL = "set-up-call";
    static final String CHILD_LEVEL_DATA_DUE = "child-level-data-due";
    static final String AUDIT_INFORMATION_DUE = "audit-information-due";
    static final String MANAGEMENT_INFORMATION_DUE = "management-information-due";
    static final String CASE_INFORMATION_DUE = "case-information-due";
    static final String AUDITED_CASES_CHOSEN = "audited-cases-chosen";
    static final String TEAM_OFF_SITE_EVALUATION = "team-off-site-evaluation";
    static final String TEAM_CONFERENCE = "team-conference";
    static final String OFF_SITE_EVALUATION = "off-site-evaluation";
    static final String SCHOOLS_HMI_ON_SITE = "schools-hmi-on-site";
    static final String MID_FIELDWORK_OFF_SITE_EVALUATION = "mid-fieldwork-off-site-evaluation";
    static final String SECOND_WEEK_ON_SITE = "second-week-on-site";
    static final String PROVISIONAL_JUDGEMENTS_MEETING = "provisional-judgements-meeting";
    static final String FEEDBACK_MEETING = "feedback-meeting";
    static final String CHILDREN_SUMMARY_SENT = "children-summary-sent";
    static final String PRIORITY_ACTION_DRAFT_PLAN_DUE = "priority-action-draft-plan-due";

    private static final String WEEK_TABLE_STANDARD = "000 §53 (table)";
    private static final String WEEK_TABLE_SHORT = "000 §55 (table)";
    private static final String WEEK_TABLE_FOCUSED = "000 §103 (table)";
    private static final String WEEK_TABLE_MONITORING = "000 §129 (table)";
    private static final String ANNEX_A_TABLE = "000 §252 (table)";
    private static final String REPORTING_TABLE = "000 §224 (table)";

    /**
     * §208, the reporting table's monitoring visit column and its note 28: "We do not usually publish a letter after
     * the first monitoring visit", "Unless this is the second set of monitoring visits for a local authority". That
     * visit plans no letter milestones and passes over the letter's checking; its findings stay with the team and
     * the authority.
     */
    static final UnpublishedFirstVisit FIRST_MONITORING_VISIT = new UnpublishedFirstVisit(
            List.of(DRAFT_REPORT_SENT, FACTUAL_ACCURACY_DUE, FINAL_REPORT_SENT, PUBLICATION),
            List.of("draft-sent", "factual-accuracy", "final"),
            "No letter is usually published after the first monitoring visit, unless this is the second set of "
                    + "monitoring visits for the local authority.", "000 §208, note 28");

    /** The optional status of a focused visit whose letter goes to additional moderation (§213). */
    static final String MODERATION = "moderation";

    /**
     * §227: after a standard or short inspection the local authority submits an action plan within 70 working days
     * of receiving the final report; the published inspection waits for it before it closes.
     */
    static final AddedStatus ACTION_PLAN_AWAITED = new AddedStatus("action-plan-awaited",
            "Action plan awaited from the local authority", "published", false, "000 §227");

    /**
     * Standard inspection (§52-53): five working days' notice, two weeks on site. Notification is the Monday of the
     * notice week; fieldwork runs from the Monday after to the Friday of the second week.
     */
    static final InspectionType STANDARD_INSPECTION = new InspectionType(STANDARD, "Standard inspection", true,
            "000 §52-53", concat(
                    noticeWeekOfInspection(WEEK_TABLE_STANDARD, "§52"),
                    List.of(
                            // §92-94: the schools HMI works off site on the first Monday, on site the Tuesday.
                            workingDays(SCHOOLS_HMI_ON_SITE, "Schools HMI on site with the virtual school head",
                                    FIELDWORK_START, 1, "000 §92-94"),
                            workingDays(MID_FIELDWORK_OFF_SITE_EVALUATION, "Full team off-site evaluation of evidence",
                                    FIELDWORK_START, 4, WEEK_TABLE_STANDARD),
                            workingDays(SECOND_WEEK_ON_SITE, "Full team on site from lunchtime gathering evidence",
                                    FIELDWORK_START, 5, WEEK_TABLE_STANDARD),
                            // §144: the extended meeting on the penultimate day on site, the Thursday of week 2.
                            workingDays(PROVISIONAL_JUDGEMENTS_MEETING,
                                    "Team agrees provisional judgements and areas for improvement",
                                    FIELDWORK_START, 8, "000 §144"),
                            // Friday of week 2: "Feeding back inspection findings. Team off site by early afternoon."
                            workingDays(FIELDWORK_END, "Team off site by early afternoon; fieldwork ends",
                                    FIELDWORK_START, 9, WEEK_TABLE_STANDARD)),
                    reportAfterInspection()))
            .withAddedStatuses(List.of(ACTION_PLAN_AWAITED))
            // §211: the report's first page answers four questions.
            .withSummaryQuestions(IlacsQuestions.REPORT_SUMMARY_QUESTIONS);

    /**
     * Short inspection (§54-59): the same notice week and team as a standard inspection, one week on site (Monday
     * afternoon to Friday early afternoon).
     */
    static final InspectionType SHORT_INSPECTION = new InspectionType(SHORT, "Short inspection", true,
            "000 §54-59", concat(
                    noticeWeekOfInspection(WEEK_TABLE_SHORT, "§54"),
                    List.of(
                            workingDays(SCHOOLS_HMI_ON_SITE, "Schools HMI on site with the virtual school head",
                                    FIELDWORK_START, 1, "000 §92-94"),
                            // §144: the penultimate day on site is the Thursday.
                            workingDays(PROVISIONAL_JUDGEMENTS_MEETING,
                                    "Team agrees provisional judgements and areas for improvement",
                                    FIELDWORK_START, 3, "000 §144"),
                            workingDays(FIELDWORK_END, "Team off site by early afternoon; fieldwork ends",
                                    FIELDWORK_START, 4, WEEK_TABLE_SHORT)),
                    reportAfterInspection()))
            // §57: the three questions a short inspection seeks to answer.
            .withQuestions(IlacsQuestions.SHORT_INSPECTION_QUESTIONS)
            .withAddedStatuses(List.of(ACTION_PLAN_AWAITED))
            // §211: the report's first page answers four questions.
            .withSummaryQuestions(IlacsQuestions.REPORT_SUMMARY_QUESTIONS);

    /**
     * 000 §229: only where a focused visit identifies an area for priority action, a draft action plan within 20 and
     * the action plan within 70 working days of receiving the final letter. The focused visit's type carries them as its
     * priority-action milestones, which the platform adds to the timeline once a priority action is recorded.
     */
    static final List<MilestoneRule> PRIORITY_ACTION_MILESTONES = List.of(
            workingDays(PRIORITY_ACTION_DRAFT_PLAN_DUE, "Local authority shares a draft of its action plan",
                    FINAL_REPORT_SENT, 20, "000 §229"),
            workingDays(ACTION_PLAN_DUE,
                    "Local authority submits an action plan that responds to the priority action",
                    FINAL_REPORT_SENT, 70, "000 §229"));

    /**
     * Focused visit (§103-111): usually five working days' notice, two inspectors on site for two days. The table
     * under §103 puts the call on the Tuesday and the visit on the Tuesday and Wednesday after; footnote 19 lets a
     * visit run Wednesday-Thursday with every milestone a day later, which these relative offsets give by themselves
     * when notification is a day later.
     */
    static final InspectionType FOCUSED = new InspectionType(FOCUSED_VISIT, "Focused visit", false,
            "000 §103-111", List.of(
                    // Monday of the notice week, the day before the call: the only row before notification.
                    workingDays(LEAD_INSPECTOR_PREPARATION, "Lead inspector off-site evaluation of evidence",
                            NOTIFICATION, -1, WEEK_TABLE_FOCUSED),
                    workingDays(SET_UP_CALL, "Afternoon ‘set-up’ telephone conference – lead inspector and DCS",
                            NOTIFICATION, 0, WEEK_TABLE_FOCUSED),
                    // Annex A: "1 day after notification (usually by midday Wednesday)".
                    workingDays(CHILD_LEVEL_DATA_DUE, "Local authority shares child-level data lists",
                            NOTIFICATION, 1, ANNEX_A_TABLE),
                    workingDays(AUDIT_INFORMATION_DUE,
                            "Local authority shares information about audits completed in the six months before",
                            NOTIFICATION, 1, ANNEX_A_TABLE),
                    // Annex A: "1 day after notification (usually by the end of Wednesday)".
                    workingDays(MANAGEMENT_INFORMATION_DUE,
                            "Local authority shares the information it uses to manage services for children",
                            NOTIFICATION, 1, ANNEX_A_TABLE),
                    workingDays(TEAM_OFF_SITE_EVALUATION, "Full team off-site evaluation of evidence",
                            NOTIFICATION, 2, WEEK_TABLE_FOCUSED),
                    // Annex A: "2 days after notification (usually by the end of Thursday)".
                    workingDays(CASE_INFORMATION_DUE,
                            "Local authority shares information about specific children’s cases",
                            NOTIFICATION, 2, ANNEX_A_TABLE),
                    // The extracted table reads "Telephone conference team meeting Friday": the Friday row.
                    workingDays(TEAM_CONFERENCE, "Telephone conference team meeting",
                            NOTIFICATION, 3, WEEK_TABLE_FOCUSED),
                    workingDays(OFF_SITE_EVALUATION, "Off-site evaluation of evidence",
                            NOTIFICATION, 4, WEEK_TABLE_FOCUSED),
                    // §103 "five working days' notice"; Annex A "5 days before fieldwork (usually Tuesday)".
                    workingDays(FIELDWORK_START, "Full team on site gathering evidence",
                            NOTIFICATION, 5, "000 §103, §252 (table)"),
                    // §103: "two inspectors will be on site for two days".
                    workingDays(FIELDWORK_END, "Full team on site gathering evidence and providing feedback",
                            FIELDWORK_START, 1, WEEK_TABLE_FOCUSED),
                    workingDays(FEEDBACK_MEETING, "Feedback of the findings to the DCS and senior leaders",
                            FIELDWORK_END, 0, "000 §196, §198"),
                    // Reporting table, "Focused visits and monitoring visits" column: a letter, not a report.
                    workingDays(DRAFT_REPORT_SENT,
                            "Draft letter sent to the local authority for factual accuracy checks",
                            FIELDWORK_END, 5, REPORTING_TABLE),
                    workingDays(FACTUAL_ACCURACY_DUE, "Local authority returns its factual accuracy comments",
                            DRAFT_REPORT_SENT, 2, REPORTING_TABLE),
                    workingDays(FINAL_REPORT_SENT, "Final letter sent to the local authority (pre-publication, "
                            + "under embargo)", FIELDWORK_END, 14, REPORTING_TABLE),
                    workingDays(PUBLICATION, "Letter published on Ofsted’s website",
                            FIELDWORK_END, 16, REPORTING_TABLE)),
            PRIORITY_ACTION_MILESTONES)
            // §106: opened on one or more topics; §107: five aspects evaluated on every focused visit.
            .withTopics(FocusedVisitTopics.SELECTABLE)
            .withAspects(FocusedVisitTopics.ASPECTS)
            // §213: a letter that identifies an area for priority action is subject to additional moderation.
            .withAddedStatuses(List.of(new AddedStatus(MODERATION, "Additional moderation of a letter that "
                    + "identifies an area for priority action", "findings-agreed", true, "000 §213")));
    // No action-plan-due here: after a focused visit the existing action plan is updated with the next
    // self-evaluation (§228); only an area for priority action calls for a plan (§229, PRIORITY_ACTION_MILESTONES).

    /**
     * Monitoring visit (§112-139): two inspectors, two days (§129). The table under §129 counts "ten days before the
     * visit" from the Monday of the data request to the Monday of the visit week, which is off-site evaluation; the
     * inspectors are on site on the Tuesday and Wednesday, 11 and 12 working days after the request. Annex A's "10 days
     * before fieldwork (usually Monday)" (§252) is the same count. Footnote 21 lets a visit run a day later.
     */
    static final InspectionType MONITORING = new InspectionType(MONITORING_VISIT, "Monitoring visit", false,
            "000 §112-139", List.of(
                    // "Nine days before the visit, Tuesday: local authority provides data, indicating which cases
                    // they have audited"; Annex A: child-level data and audits "1 day after notification".
                    workingDays(CHILD_LEVEL_DATA_DUE,
                            "Local authority provides child-level data, indicating which cases they have audited",
                            NOTIFICATION, 1, WEEK_TABLE_MONITORING),
                    workingDays(AUDIT_INFORMATION_DUE,
                            "Local authority shares information about audits completed in the six months before",
                            NOTIFICATION, 1, ANNEX_A_TABLE),
                    // "Eight days before the visit, Wednesday".
                    workingDays(AUDITED_CASES_CHOSEN,
                            "Lead inspector notifies local authority of specific audited cases the local authority "
                            + "should share", NOTIFICATION, 2, WEEK_TABLE_MONITORING),
                    // "The week before the visit, Wednesday: local authority shares audited cases"; Annex A: case and
                    // management information "7 days after notification (usually the Wednesday before inspectors are
                    // onsite)"; §131: audits at least three working days before the visit.
                    workingDays(CASE_INFORMATION_DUE, "Local authority shares audited cases",
                            NOTIFICATION, 7, WEEK_TABLE_MONITORING + ", §131, §252 (table)"),
                    workingDays(MANAGEMENT_INFORMATION_DUE,
                            "Local authority shares the information it uses to manage services for children",
                            NOTIFICATION, 7, ANNEX_A_TABLE),
                    workingDays(TEAM_OFF_SITE_EVALUATION, "Full team off-site evaluation of evidence",
                            NOTIFICATION, 8, WEEK_TABLE_MONITORING),
                    workingDays(TEAM_CONFERENCE, "Telephone conference team meeting",
                            NOTIFICATION, 9, WEEK_TABLE_MONITORING),
                    // "Ten days before the visit": the Monday of the visit week.
                    workingDays(OFF_SITE_EVALUATION, "Off-site evaluation of evidence",
                            NOTIFICATION, 10, WEEK_TABLE_MONITORING),
                    workingDays(FIELDWORK_START, "Full team on site gathering evidence",
                            NOTIFICATION, 11, WEEK_TABLE_MONITORING),
                    workingDays(FIELDWORK_END, "Full team on site gathering evidence and providing feedback",
                            FIELDWORK_START, 1, "000 §129 (text and table)"),
                    workingDays(FEEDBACK_MEETING, "Feedback of a summary of the findings to the local authority",
                            FIELDWORK_END, 0, "000 §138"),
                    // Reporting table, "Focused visits and monitoring visits" column; the first visit of a first
                    // series plans none of them (FIRST_MONITORING_VISIT, §208 note 28).
                    workingDays(DRAFT_REPORT_SENT,
                            "Draft letter sent to the local authority for factual accuracy checks",
                            FIELDWORK_END, 5, REPORTING_TABLE),
                    workingDays(FACTUAL_ACCURACY_DUE, "Local authority returns its factual accuracy comments",
                            DRAFT_REPORT_SENT, 2, REPORTING_TABLE),
                    workingDays(FINAL_REPORT_SENT, "Final letter sent to the local authority (pre-publication, "
                            + "under embargo)", FIELDWORK_END, 14, REPORTING_TABLE),
                    workingDays(PUBLICATION, "Letter published on Ofsted’s website",
                            FIELDWORK_END, 16, REPORTING_TABLE)))
            // §22, §112: monitoring visits run in a series after an inadequate judgement until the re-inspection,
            // "using a standard inspection", ends it; §208 note 28 tells the first visit of a series from the others.
            .numberedInSeriesEndedBy(STANDARD)
            .withUnpublishedFirstVisit(FIRST_MONITORING_VISIT);
    // No action-plan-due: "The local authority does not need to submit an action plan to us after a monitoring
    // visit" (§230).

    static final List<InspectionType> ALL = List.of(STANDARD_INSPECTION, SHORT_INSPECTION, FOCUSED, MONITORING);


    private IlacsInspectionTypes() {
    }

    /**
     * The notice week shared by standard and short inspections (tables under §53 and §55, Annex A table): Monday call
     * and set-up conference, data on Tuesday, management information on Wednesday, case information and the team's
     * off-site evaluation on Thursday, the team's telephone conference on Friday, on site the Monday after.
     */
    private static List<MilestoneRule> noticeWeekOfInspection(String weekTable, String noticeParagraph) {
        return List.of(
                workingDays(SET_UP_CALL, "Afternoon ‘set-up’ telephone conference – lead inspector and DCS",
                        NOTIFICATION, 0, weekTable),
                // Annex A: "1 day after notification (by the end of Tuesday)" for both.
                workingDays(CHILD_LEVEL_DATA_DUE, "Local authority shares child-level data lists",
                        NOTIFICATION, 1, weekTable + ", §252 (table)"),
                workingDays(AUDIT_INFORMATION_DUE,
                        "Local authority shares information about audits completed in the six months before",
                        NOTIFICATION, 1, weekTable + ", §252 (table)"),
                // Annex A: "2 days after notification (by the end of Wednesday)".
                workingDays(MANAGEMENT_INFORMATION_DUE,
                        "Local authority shares performance and management information",
                        NOTIFICATION, 2, weekTable + ", §252 (table)"),
                // Annex A: "3 days after notification (by the end of Thursday)"; not in the week table.
                workingDays(CASE_INFORMATION_DUE,
                        "Local authority shares information about specific children’s cases",
                        NOTIFICATION, 3, ANNEX_A_TABLE),
                workingDays(TEAM_OFF_SITE_EVALUATION, "Full team off-site evaluation of evidence",
                        NOTIFICATION, 3, weekTable),
                // The extracted tables print the two-line cell before its day ("Telephone conference team meeting
                // (including an Ofsted analytical officer) Friday"); the focused-visit and monitoring tables, where
                // the cell fits one line ("Telephone conference team meeting Friday"), show it is the Friday row.
                workingDays(TEAM_CONFERENCE,
                        "Telephone conference team meeting (including an Ofsted analytical officer)",
                        NOTIFICATION, 4, weekTable),
                // §52 and §54 "five working days' notice"; §73 "by 9.30am five working days before the fieldwork
                // starts"; Annex A "5 days before fieldwork (usually Monday)". Lead inspector on site in the
                // afternoon, full team on site pm.
                workingDays(FIELDWORK_START, "Lead inspector meets the DCS; full team on site in the afternoon",
                        NOTIFICATION, 5, "000 " + noticeParagraph + ", §73, §252 (table)"));
    }

    /**
     * After a standard or short inspection: feedback on the last day on site (§198), then the "Standard and short
     * inspections" column of the reporting table after §224, and the action plan within 70 working days of receiving
     * the final report (§227). The children's summary goes with the pre-publication report (§216).
     */
    private static List<MilestoneRule> reportAfterInspection() {
        return List.of(
                workingDays(FEEDBACK_MEETING, "Feeding back inspection findings", FIELDWORK_END, 0, "000 §53, §198"),
                workingDays(DRAFT_REPORT_SENT, "Report sent to the local authority for factual accuracy checks",
                        FIELDWORK_END, 10, REPORTING_TABLE),
                // The table: "Number of days the local authority has to return their factual accuracy comments:
                // 3 days", counted from the draft reaching the local authority.
                workingDays(FACTUAL_ACCURACY_DUE, "Local authority returns its factual accuracy comments",
                        DRAFT_REPORT_SENT, 3, REPORTING_TABLE),
                workingDays(FINAL_REPORT_SENT, "Final version sent to the local authority (pre-publication, under "
                        + "embargo)", FIELDWORK_END, 18, REPORTING_TABLE),
                workingDays(CHILDREN_SUMMARY_SENT,
                        "Summary for children and young people sent to the local authority",
                        FINAL_REPORT_SENT, 0, "000 §215-216"),
                workingDays(PUBLICATION, "Report published on Ofsted’s website", FIELDWORK_END, 21, REPORTING_TABLE),
                workingDays(ACTION_PLAN_DUE, "Local authority submits its action plan",
                        FINAL_REPORT_SENT, 70, "000 §227"));
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... parts) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
