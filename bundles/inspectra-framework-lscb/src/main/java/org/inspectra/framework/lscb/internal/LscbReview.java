package org.inspectra.framework.lscb.internal;

import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.api.framework.MilestoneRule.workingDays;

import java.util.List;

import org.inspectra.api.framework.InspectionType;

/**
 * The LSCB review (004 §36), id fixed by API.md, graded on the four-point scale (§37). It is conducted "at the same
 * time as the inspection" of the local authority (§36) and linked to that SIF inspection (API.md,
 * {@code concurrentWith}), so its on-site days are the SIF's: the lead inspector and a small team arrive the day after
 * notification, the remainder of the team at the beginning of week 3, after the week of the local authority's case
 * auditing, and stay nine working days (§7, §11, footnote 35; the SIF bundle explains that reading). The review "will
 * be part of the final report" published within 32 working days of the end of the on-site inspection (§9), and the
 * board then has 30 working days from receiving it to publish it itself (§40).
 *
 * <p>A review not held at the same time as a single inspection also ends in a published report (§39), but the seed
 * gives it no timeline, so the platform offers only the concurrent one.
 */
final class LscbReview {

    static final String REVIEW = "review";

    // Generic milestone ids (API.md, Inspections).
    static final String FIELDWORK_START = "fieldwork-start";
    static final String FIELDWORK_END = "fieldwork-end";
    static final String PUBLICATION = "publication";

    // LSCB milestone ids for the other steps the seed names.
    static final String FULL_TEAM_ON_SITE = "full-team-on-site";
    static final String LSCB_PUBLICATION = "lscb-publication";

    /** The SIF's case auditing week (week 2) ends before the team's arrival on the Monday of week 3 (004 §7). */
    static final int FULL_TEAM_AFTER_NOTIFICATION = 10;

    /** 004 §11: "The inspection team will normally be on site for nine working days." */
    static final int DAYS_ON_SITE = 9;

    /** 004 §9: "within 32 working days of the end of the on-site inspection". */
    static final int DAYS_TO_PUBLICATION = 32;

    /** 004 §40: "within 30 working days of receipt of the report". */
    static final int DAYS_FOR_LSCB_TO_PUBLISH = 30;

    /** The framework the review runs beside (API.md). */
    static final String SIF = "sif";

    static final InspectionType TYPE = new InspectionType(REVIEW,
            "Review of the effectiveness of the Local Safeguarding Children Board", true, "004 §36-40", List.of(
                    workingDays(FIELDWORK_START,
                            "Lead inspector and a small team of inspectors arrive on site to begin the inspection",
                            NOTIFICATION, 1, "004 §7, §36"),
                    workingDays(FULL_TEAM_ON_SITE, "The remainder of the team arrives on site",
                            NOTIFICATION, FULL_TEAM_AFTER_NOTIFICATION, "004 §7, §36"),
                    // nine working days on site, the day of arrival the first of them
                    workingDays(FIELDWORK_END, "End of the on-site inspection",
                            FULL_TEAM_ON_SITE, DAYS_ON_SITE - 1, "004 §11, §36"),
                    workingDays(PUBLICATION, "Report, including the review, published on Ofsted's website",
                            FIELDWORK_END, DAYS_TO_PUBLICATION, "004 §9, §39"),
                    // §40 counts from "receipt of the report", which the seed does not date; the board has it at the
                    // latest when Ofsted publishes it, so the deadline is counted from publication.
                    workingDays(LSCB_PUBLICATION, "The LSCB arranges for the report to be published",
                            PUBLICATION, DAYS_FOR_LSCB_TO_PUBLISH, "004 §40")),
            List.of(),
            // §36: "conducted at the same time as the inspection" of the local authority's services: always beside
            // a SIF inspection, which the review is opened against (API.md, concurrentWith).
            SIF, null);


    static final List<InspectionType> ALL = List.of(TYPE);

    private LscbReview() {
    }
}
