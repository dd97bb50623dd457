package org.inspectra.framework.sif.internal;

import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.api.framework.MilestoneRule.workingDays;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.inspectra.api.framework.AddedStatus;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;

/**
 * The one kind of inspection the SIF defines (004 Section 1), id fixed by API.md, with its timeline in working days
 * (DOMAIN.md, Days) from the implicit {@code notification}.
 *
 * <p>The seed dates the timeline in three places: §7 (the lead inspector and a small team arrive the day after
 * notification; "the remainder of the team will arrive on site at the beginning of the week following the local
 * authority case auditing of files"), §11 ("on site for nine working days") and §9-10 (report and action plan), plus
 * Table 1 of Annex A for the child-level lists ({@link ChildListSubmissions}). Its "full timeline" is in the inspection
 * handbook (§9, footnote 3), which is not a seed, so two steps are read from the seed's own hints:
 * <ul>
 * <li>Case auditing takes week 2. Table 1 dates the lists in weeks 1 and 2 and the lead inspector chooses the cases
 * from them, and footnote 35 places meetings with the local authority and police "in weeks one and three of the
 * inspection"; so the rest of the team arrives on the Monday of week 3.</li>
 * <li>The nine working days of §11 are those of the whole team: from that Monday to the Thursday of week 4.</li>
 * </ul>
 */
final class SifInspectionTypes {

    static final String SINGLE_INSPECTION = "single-inspection";

    // Generic milestone ids (API.md, Inspections).
    static final String FIELDWORK_START = "fieldwork-start";
    static final String FIELDWORK_END = "fieldwork-end";
    static final String PUBLICATION = "publication";
    static final String ACTION_PLAN_DUE = "action-plan-due";

    // SIF milestone ids for the other steps the seed names.
    static final String CASE_FILE_AUDITING = "case-file-auditing";
    static final String FULL_TEAM_ON_SITE = "full-team-on-site";

    /** Working days between notification (Monday of week 1) and the Monday of week 2. */
    static final int ONE_WEEK = 5;

    /** 004 §11: "The inspection team will normally be on site for nine working days." */
    static final int DAYS_ON_SITE = 9;

    /** 004 §9: "within 32 working days of the end of the on-site inspection". */
    static final int DAYS_TO_PUBLICATION = 32;

    /** 004 §10: "within 70 working days of receiving the final report". */
    static final int DAYS_TO_ACTION_PLAN = 70;

    /**
     * The steps counted from notification, in the order they fall: the lead inspector's arrival, the list deadlines of
     * Table 1 and the week of case auditing.
     */
    private static final List<MilestoneRule> FROM_NOTIFICATION = byDay(concat(
            List.of(
                    // 004 §7: "the lead inspector and a small team of inspectors will be arriving on site the
                    // following day to begin the inspection".
                    workingDays(FIELDWORK_START,
                            "Lead inspector and a small team of inspectors arrive on site to begin the inspection",
                            NOTIFICATION, 1, "004 §7"),
                    // 004 §7 and footnote 35: the week between the lists of Table 1 and the team's arrival.
                    workingDays(CASE_FILE_AUDITING, "Local authority case auditing of files begins (week 2)",
                            NOTIFICATION, ONE_WEEK, "004 §7, footnote 35")),
            ChildListSubmissions.ALL.stream()
                    .map(s -> workingDays(s.milestoneId(),
                            "List " + s.list() + " submitted, stage " + s.stage() + " (" + s.wording() + ")",
                            NOTIFICATION, s.workingDaysAfterNotification(), ChildListSubmissions.SOURCE))
                    .toList()));

    /** The status after publication while the written statement of action is awaited (004 §10). */
    static final String STATEMENT_AWAITED = "statement-awaited";

    /** Single inspection of the local authority's children's services (004 §1-15). */
    static final InspectionType SINGLE = new InspectionType(SINGLE_INSPECTION,
            "Inspection of local authority children's services", true, "004 §7-11", concat(
                    FROM_NOTIFICATION,
                    List.of(
                            // 004 §7: "at the beginning of the week following the local authority case auditing
                            // of files".
                            workingDays(FULL_TEAM_ON_SITE, "The remainder of the team arrives on site",
                                    CASE_FILE_AUDITING, ONE_WEEK, "004 §7"),
                            // 004 §11: nine working days on site, the day of arrival the first of them.
                            workingDays(FIELDWORK_END, "End of the on-site inspection",
                                    FULL_TEAM_ON_SITE, DAYS_ON_SITE - 1, "004 §11"),
                            workingDays(PUBLICATION, "Report published on Ofsted's website",
                                    FIELDWORK_END, DAYS_TO_PUBLICATION, "004 §9"),
                            // 004 §10 counts from "receiving the final report", which the seed does not date; the
                            // local authority has it at the latest when it is published, so the deadline is counted
                            // from publication.
                            workingDays(ACTION_PLAN_DUE,
                                    "Local authority sends Ofsted its written statement of action",
                                    PUBLICATION, DAYS_TO_ACTION_PLAN, "004 §10"))))
            // 004 §10: once the report is published the inspection waits for the written statement of action.
            .withAddedStatuses(List.of(new AddedStatus(STATEMENT_AWAITED,
                    "Written statement of action awaited from the local authority", "published", false, "004 §10")));


    static final List<InspectionType> ALL = List.of(SINGLE);

    private SifInspectionTypes() {
    }

    /** Sorted by their days after notification; ties keep their order. */
    private static List<MilestoneRule> byDay(List<MilestoneRule> fromNotification) {
        return fromNotification.stream().sorted(Comparator.comparingInt(MilestoneRule::days)).toList();
    }

    @SafeVarargs
    private static List<MilestoneRule> concat(List<MilestoneRule>... parts) {
        List<MilestoneRule> all = new ArrayList<>();
        for (List<MilestoneRule> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
