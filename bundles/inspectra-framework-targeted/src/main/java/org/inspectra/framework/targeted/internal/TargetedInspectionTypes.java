package org.inspectra.framework.targeted.internal;

import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.api.framework.MilestoneRule.workingDays;

import java.util.List;

import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.RecordingRule;
import org.inspectra.api.framework.MilestoneRule;

/**
 * The one kind of inspection the framework defines, the targeted inspection, ungraded (§84-89: a letter of findings,
 * no judgements), with the day-numbered timeline of the table under {@code 003 §9}.
 *
 * <p>The table numbers working days from the notification call, day 0 (a Tuesday). Each day the table names becomes
 * {@code day-N}, counted from {@code notification}, titled with the table's activity for that day (markup dropped).
 * A row that spans days (9–12, 14–16, 16–17, 19–23, 24–26) gives a milestone for each day its text names or ends on,
 * so days 10, 11, 15, 19 to 22, 28 and 29 have no milestone of their own (the table gives them no activity that
 * ends on them; day 10 only closes the analytical officer's stay). The day before notification
 * ("-1") is {@code lead-inspector-preparation}, as ILACS names the same row.
 *
 * <p>The generic ids of API.md sit beside the day they coincide with. Two readings of the table:
 * <ul>
 *   <li>{@code fieldwork-end} is day 12, the last "onsite inspection day" of the table, on which "evidence collection
 *       ceases at 3.00pm"; the feedback meeting on day 13 is {@code day-13}.</li>
 *   <li>The DCS "has five working days to respond" to the draft of day 18; the table's "(by the end of day 31,
 *       usually Wednesday)" contradicts its own row (days 19–23) and publication on day 30, so the five days are
 *       counted: {@code factual-accuracy-due} is day 23, and {@code day-23}'s title leaves the slip out.</li>
 * </ul>
 */
final class TargetedInspectionTypes {

    static final String TARGETED = "targeted";

    // Generic milestone ids (API.md, Inspections).
    static final String FIELDWORK_START = "fieldwork-start";
    static final String FIELDWORK_END = "fieldwork-end";
    static final String DRAFT_REPORT_SENT = "draft-report-sent";
    static final String FACTUAL_ACCURACY_DUE = "factual-accuracy-due";
    static final String FINAL_REPORT_SENT = "final-report-sent";
    static final String PUBLICATION = "publication";
    static final String ACTION_PLAN_DUE = "action-plan-due";

    static final String LEAD_INSPECTOR_PREPARATION = "lead-inspector-preparation";

    /** 003 §8: "The inspection team will usually comprise three inspectors." */
    static final int INSPECTORS = 3;

    /**
     * 003 §95: the statement of action "within 70 working days"; the table's last row counts them "of the letter being
     * published".
     */
    static final int STATEMENT_OF_ACTION_WORKING_DAYS = 70;

    /** 003 §9 (table), days 19–23: "The DCS has five working days to respond on behalf of the partnership". */
    static final int DCS_FACTUAL_ACCURACY_WORKING_DAYS = 5;

    private static final String TABLE = "003 §9 (table)";

    /** The status after publication while the statement of proposed action is awaited (§95). */
    static final String STATEMENT_AWAITED = "statement-awaited";

    static final InspectionType TARGETED_INSPECTION = new InspectionType(TARGETED, "Targeted inspection", false,
            "003 §8-9", List.of(
                    workingDays(LEAD_INSPECTOR_PREPARATION, "Preparation (off site). The lead inspector reviews the "
                            + "pre-inspection briefing.", NOTIFICATION, -1, "003 §9 (table), §11"),
                    day(0, "By 9.30 am – the lead inspector notifies the Director of Children's Services (DCS) of the "
                            + "inspection by 9.30am and requests information to support the inspection. The lead "
                            + "inspector will offer a more detailed set-up discussion later that day to allow the DCS "
                            + "time to convene their senior leadership team. By the end of the day, DCS sends the lead "
                            + "inspector the list of children from the deep dive theme."),
                    day(1, "By midday – the lead inspector selects 20 children from the deep dive theme and requests "
                            + "further information on these 20."),
                    day(2, "By mid-afternoon – the local authority provides additional information on the 20 "
                            + "children selected by the lead inspector from the deep dive theme. By 5pm – the lead "
                            + "inspector identifies between five and seven children from the list of 20 and asks the "
                            + "local authority to evaluate their experiences by the end of the day 7. The local "
                            + "authority provides details of multi-agency meetings and the remaining lists of children "
                            + "and young people."),
                    day(3, "The lead inspector produces briefing note for the team."),
                    day(4, "Preparation (off site) – consideration of pre-inspection briefing and Annex A information. "
                            + "The lead inspector commences timetable development for the onsite week in consultation "
                            + "with the local authority. The agreed timetable should be finalised by day 8."),
                    day(5, "Local authority provides any information from Annex A that they have not yet submitted, "
                            + "including key documents relating to the children whose experiences they have been "
                            + "asked to evaluate."),
                    day(6, "The lead inspector review case file documents and allocates Annex A documents to "
                            + "inspectors to evaluate."),
                    day(7, "By the end of the day, the local authority provides their evaluations of children’s "
                            + "experiences."),
                    day(8, "Inspection team considers the local authority’s evaluation of children’s experiences. "
                            + "Local authority confirm, in writing, that children and young people and their "
                            + "parents/carers have given consent to speak with inspectors. The lead inspector agrees "
                            + "the onsite programme with the local authority."),
                    day(9, "Day 9 – team arrives and meet with the senior leadership team"),
                    // §12: notification "nine working days before fieldwork begins".
                    workingDays(FIELDWORK_START, "Inspection team arrives on site", NOTIFICATION, 9,
                            TABLE + ", §12"),
                    day(12, "Day 12 – team meets in the afternoon to agree provisional findings"),
                    workingDays(FIELDWORK_END, "Last onsite inspection day (evidence collection ceases at 3.00pm on "
                            + "day 12)", NOTIFICATION, 12, TABLE),
                    day(13, "Inspectors meet to identify key strengths, areas for development and areas for "
                            + "priority action (completed by lunchtime). Inspectors meet with the senior leadership "
                            + "team for the feedback meeting (concluded by mid-afternoon). By the end of the day, all "
                            + "inspectors submit their written-up key findings to the lead inspector and ensure that "
                            + "their evidence records are fully up to date."),
                    day(14, "The lead inspector writes the letter of inspection findings."),
                    day(16, "By lunchtime on day 16 – the lead inspector and quality assurance (QA) manager agree a "
                            + "draft findings letter."),
                    day(17, "Days 16–17 – relevant Ofsted Regional Director signs-off the draft letter."),
                    day(18, "By the end of the day – Ofsted sends the draft letter to the DCS for them to undertake "
                            + "factual accuracy checks."),
                    workingDays(DRAFT_REPORT_SENT, "Draft letter sent to the DCS for factual accuracy checks",
                            NOTIFICATION, 18, TABLE),
                    day(23, "The DCS has five working days to respond on behalf of the partnership"),
                    workingDays(FACTUAL_ACCURACY_DUE, "The DCS responds on factual accuracy on behalf of the "
                            + "partnership", DRAFT_REPORT_SENT, DCS_FACTUAL_ACCURACY_WORKING_DAYS, TABLE),
                    day(24, "By the end of day 24 – the lead inspector and QA manager consider factual accuracy "
                            + "comments received from the local authority."),
                    day(25, "Day 25 – Ofsted Regional Director signs off final letter."),
                    day(26, "Day 26 – final proof-reading of the letter."),
                    day(27, "Ofsted sends pre-publication findings letter to the DCS."),
                    workingDays(FINAL_REPORT_SENT, "Pre-publication findings letter sent to the DCS", NOTIFICATION,
                            27, TABLE),
                    day(30, "The letter of inspection findings is published."),
                    workingDays(PUBLICATION, "The letter of inspection findings is published", NOTIFICATION, 30,
                            TABLE),
                    workingDays(ACTION_PLAN_DUE, "The local authority submits a statement of proposed action",
                            PUBLICATION, STATEMENT_OF_ACTION_WORKING_DAYS, TABLE + ", §95")),
            List.of(), null,
            // §78: SEA entries within two working days of the evidence, all complete by the end of day 13.
            new RecordingRule(EvidenceDeadlines.SEA.entryWithinWorkingDays(),
                    "day-" + EvidenceDeadlines.SEA.allEntriesCompleteByDay(), EvidenceDeadlines.SEA.source()),
            // §4: "Each targeted inspection includes a 'deep dive' theme", each a theme bundle (Annex A).
            List.of(), true)
            // §95, the table's "Post inspection" row: after the letter is published the inspection waits for the
            // partnership's statement of proposed action before it closes.
            .withAddedStatuses(List.of(new AddedStatus(STATEMENT_AWAITED,
                    "Statement of proposed action awaited from the local authority", "published", false,
                    TABLE + ", §95")));


    static final List<InspectionType> ALL = List.of(TARGETED_INSPECTION);

    private TargetedInspectionTypes() {
    }

    /** Row {@code n} of the table: {@code n} working days after the notification of day 0. */
    private static MilestoneRule day(int n, String activity) {
        return workingDays("day-" + n, activity, NOTIFICATION, n, TABLE);
    }
}
