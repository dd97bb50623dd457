package org.inspectra.childdata.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.childdata.quality.QualityLists.LIST_10;
import static org.inspectra.childdata.quality.QualityLists.LIST_3;
import static org.inspectra.childdata.quality.QualityLists.LIST_4;
import static org.inspectra.childdata.quality.QualityLists.LIST_5;
import static org.inspectra.childdata.quality.QualityLists.LIST_7;
import static org.inspectra.childdata.quality.QualityLists.LIST_8;
import static org.inspectra.childdata.quality.QualityLists.LIST_9;
import static org.inspectra.childdata.quality.QualityLists.findings;
import static org.inspectra.childdata.quality.QualityLists.on;

import java.util.List;

import org.inspectra.api.quality.ConsistencyCheck;
import org.inspectra.api.quality.DataQualityReport;
import org.inspectra.api.quality.QualityFinding;
import org.inspectra.api.quality.RuleCount;
import org.inspectra.api.quality.Severity;
import org.junit.jupiter.api.Test;

/**
 * Each platform rule against hand-made rows that break it and rows that keep it. The notification date is 18 August
 * 2025, so list 3's three months run from 18 May, list 8's six from 18 February.
 */
class PlatformChecksTest {

    /** 000 §258: "a referral in the three months before inspection". */
    @Test
    void outsideListPeriodEventWithin() {
        assertThat(findings("outside-list-period",
                on(LIST_3, 2, "C1", "date-of-most-recent-referral", "2025-05-18"),
                on(LIST_3, 3, "C2", "date-of-most-recent-referral", "2025-05-17"),
                on(LIST_3, 4, "C3")))
                .extracting(QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple(3L, List.of("date-of-most-recent-referral")));
        // List 4 (six months): the latest of the assessment's dates counts, an authorisation in the period keeps it.
        assertThat(findings("outside-list-period",
                on(LIST_4, 2, "C1", "continuous-assessment-start-date", "2025-01-10",
                        "continuous-assessment-authorised", "2025-03-01"),
                on(LIST_4, 3, "C2", "continuous-assessment-start-date", "2025-01-10",
                        "continuous-assessment-authorised", "2025-02-17"))).extracting(QualityFinding::row)
                .containsExactly(3L);
    }

    /** 000 §258: list 8 is of children in care now "and all those who ceased to be looked after in the six months". */
    @Test
    void outsideListPeriodEndedWithin() {
        assertThat(findings("outside-list-period",
                on(LIST_8, 2, "C1", "date-started-looked-after", "2020-01-01"),
                on(LIST_8, 3, "C2", "date-started-looked-after", "2020-01-01", "date-ceased-looked-after",
                        "2025-02-18"),
                on(LIST_8, 4, "C3", "date-started-looked-after", "2020-01-01", "date-ceased-looked-after",
                        "2025-02-17"))).extracting(QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple(4L, List.of("date-ceased-looked-after")));
        assertThat(findings("outside-list-period", on(LIST_9, 2, "C1", "date-of-birth", "2006-01-01"))).isEmpty();
    }

    /** 000 §258: the lists are of what happened "before inspection"; an expected date of birth is no event. */
    @Test
    void eventAfterNotification() {
        assertThat(findings("event-after-notification",
                on(LIST_3, 2, "C1", "date-of-most-recent-referral", "2025-08-18"),
                on(LIST_3, 3, "C2", "date-of-most-recent-referral", "2025-08-19"),
                on(LIST_3, 4, "C3", "expected-date-of-birth", "2025-12-01")))
                .extracting(QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple(3L, List.of("date-of-most-recent-referral")));
    }

    /** 004 Annex A, Table 2: lists 1-7 take unborn children ("If unborn: expected date of birth"); list 8 does not. */
    @Test
    void eventBeforeBirth() {
        assertThat(findings("event-before-birth",
                on(LIST_3, 2, "C1", "date-of-birth", "2025-06-01", "date-of-most-recent-referral", "2025-05-20"),
                on(LIST_3, 3, "C2", "date-of-birth", "2025-06-01", "date-of-most-recent-referral", "2024-06-01"),
                on(LIST_8, 4, "C3", "date-of-birth", "2025-06-01", "date-started-looked-after", "2025-05-31"),
                on(LIST_8, 5, "C4", "date-of-birth", "2025-06-01", "date-started-looked-after", "2025-06-01")))
                .extracting(QualityFinding::listId, QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple("list-3", 3L, List.of("date-of-most-recent-referral", "date-of-birth")),
                        tuple("list-8", 4L, List.of("date-started-looked-after", "date-of-birth")));
    }

    /** 004 Annex A, Table 2's start and end columns: a plan or an episode ends on or after it starts. */
    @Test
    void endsBeforeStart() {
        assertThat(findings("ends-before-start",
                on(LIST_7, 2, "C1", "cp-plan-start-date", "2025-06-01", "cp-plan-end-date", "2025-06-01"),
                on(LIST_7, 3, "C2", "cp-plan-start-date", "2025-06-01", "cp-plan-end-date", "2025-05-31"),
                on(LIST_4, 4, "C3", "continuous-assessment-start-date", "2025-06-01",
                        "continuous-assessment-authorised", "2025-05-01"),
                on(LIST_8, 5, "C4", "date-started-looked-after", "2025-03-01", "date-ceased-looked-after",
                        "2025-02-27")))
                .extracting(QualityFinding::listId, QualityFinding::row)
                .containsExactly(tuple("list-4", 4L), tuple("list-7", 3L), tuple("list-8", 5L));
    }

    /** 004 Annex A, Table 2, list 5: the initial conference follows the section 47 enquiry. */
    @Test
    void conferenceBeforeEnquiry() {
        assertThat(findings("conference-before-enquiry",
                on(LIST_5, 2, "C1", "section-47-enquiry-start-date", "2025-06-01", "icpc-date", "2025-06-15"),
                on(LIST_5, 3, "C2", "section-47-enquiry-start-date", "2025-06-01", "icpc-date", "2025-05-15")))
                .extracting(QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple(3L, List.of("section-47-enquiry-start-date", "icpc-date")));
    }

    /** 004 Annex A, Table 2, list 8: the most recent placement starts once the child is looked after. */
    @Test
    void placementBeforeLookedAfter() {
        assertThat(findings("placement-before-looked-after",
                on(LIST_8, 2, "C1", "date-started-looked-after", "2025-03-01", "placement-start-date", "2025-03-01"),
                on(LIST_8, 3, "C2", "date-started-looked-after", "2025-03-01", "placement-start-date",
                        "2025-02-01"))).extracting(QualityFinding::row).containsExactly(3L);
    }

    /** 004 Annex A, Table 2, list 10: decided, placed, then adopted. */
    @Test
    void adoptionOutOfOrder() {
        assertThat(findings("adoption-out-of-order",
                on(LIST_10, 2, "C1", "date-entered-care", "2023-01-01", "date-of-adoption-decision", "2023-06-01",
                        "date-placed-for-adoption", "2024-01-01", "date-of-adoption-order", "2025-01-01"),
                on(LIST_10, 3, "C2", "date-of-adoption-decision", "2024-06-01", "date-placed-for-adoption",
                        "2024-01-01"),
                on(LIST_10, 4, "C3", "date-placed-for-adoption", "2025-01-01", "date-of-adoption-order",
                        "2024-12-01")))
                .extracting(QualityFinding::row, QualityFinding::fields)
                .containsExactly(tuple(3L, List.of("date-of-adoption-decision", "date-placed-for-adoption")),
                        tuple(4L, List.of("date-placed-for-adoption", "date-of-adoption-order")));
    }

    /** 000 §258, §260: an assessment follows its referral; lists hold the most recent, a referral NFA leads nowhere. */
    @Test
    void startsBeforeReferral() {
        assertThat(findings("starts-before-referral",
                on(LIST_3, 2, "C1", "date-of-most-recent-referral", "2025-07-01"),
                on(LIST_4, 2, "C1", "continuous-assessment-start-date", "2025-07-03"),
                on(LIST_3, 3, "C2", "date-of-most-recent-referral", "2025-07-01"),
                on(LIST_4, 3, "C2", "continuous-assessment-start-date", "2025-06-03"),
                on(LIST_5, 3, "C2", "section-47-enquiry-start-date", "2025-06-30"),
                on(LIST_3, 4, "C3", "date-of-most-recent-referral", "2025-07-01", "referral-nfa", "Y"),
                on(LIST_4, 4, "C3", "continuous-assessment-start-date", "2025-06-03")))
                .extracting(QualityFinding::childId, QualityFinding::listId, QualityFinding::fields)
                .containsExactly(tuple("C2", "list-4", List.of("continuous-assessment-start-date")),
                        tuple("C2", "list-5", List.of("section-47-enquiry-start-date")));
    }

    /** 000 §259: the child unique ID links the lists, so one child has one date of birth and one gender. */
    @Test
    void differentDateOfBirthAndGender() {
        QualityLists.Listed[] rows = {
            on(LIST_3, 2, "C1", "date-of-birth", "2014-09-21", "gender", "Female"),
            on(LIST_8, 7, "C1", "date-of-birth", "2014-09-21", "gender", "F"),
            on(LIST_3, 3, "C2", "date-of-birth", "2014-09-21", "gender", "M"),
            on(LIST_8, 8, "C2", "date-of-birth", "2014-09-12", "gender", "Female")};
        assertThat(findings("different-date-of-birth", rows))
                .extracting(QualityFinding::childId, QualityFinding::listId, QualityFinding::row)
                .containsExactly(tuple("C2", "list-8", 8L));
        assertThat(findings("different-gender", rows))
                .extracting(QualityFinding::childId, QualityFinding::listId, QualityFinding::fields)
                .containsExactly(tuple("C2", "list-8", List.of("gender")));
    }

    /** 000 §260: "only one row for each unique child ID where possible" on lists 3 to 10. */
    @Test
    void oneRowPerChild() {
        assertThat(findings("one-row-per-child",
                on(LIST_3, 2, "C1"), on(LIST_3, 5, "C1"), on(LIST_3, 9, "C1"), on(LIST_4, 2, "C1"),
                on(LIST_3, 3, "C2")))
                .extracting(QualityFinding::listId, QualityFinding::row)
                .containsExactly(tuple("list-3", 5L), tuple("list-3", 9L));
    }

    /** 000 §258: list 8 is of children in care, list 9 of care leavers. */
    @Test
    void lookedAfterAndCareLeaver() {
        assertThat(findings("looked-after-and-care-leaver",
                on(LIST_8, 2, "C1", "date-started-looked-after", "2020-01-01"), on(LIST_9, 2, "C1"),
                on(LIST_8, 3, "C2", "date-started-looked-after", "2020-01-01", "date-ceased-looked-after",
                        "2025-05-01"), on(LIST_9, 3, "C2")))
                .extracting(QualityFinding::childId, QualityFinding::listId).containsExactly(tuple("C1", "list-9"));
    }

    /** 004 Annex A, Table 2, list 8: missing episodes and the return interview after the last. */
    @Test
    void returnInterviews() {
        QualityLists.Listed[] rows = {
            on(LIST_8, 2, "C1", "missing-episodes-in-last-12-months", "3"),
            on(LIST_8, 3, "C2", "missing-episodes-in-last-12-months", "3", "return-interview-offered", "Y"),
            on(LIST_8, 4, "C3", "missing-episodes-in-last-12-months", "0"),
            on(LIST_8, 5, "C4", "return-interview-offered", "N", "return-interview-accepted", "Y"),
            on(LIST_8, 6, "C5", "return-interview-offered", "Y", "return-interview-accepted", "Y")};
        assertThat(findings("missing-without-return-interview", rows)).extracting(QualityFinding::row)
                .containsExactly(2L);
        assertThat(findings("return-interview-accepted-not-offered", rows)).extracting(QualityFinding::row)
                .containsExactly(5L);
    }

    /** Rows stored before their columns were typed hold text where a date now is: they count as absent. */
    @Test
    void textWhereADateIsExpectedIsNoDate() {
        assertThat(QualityLists.run(on(LIST_3, 2, "C1", "date-of-birth", "21/09/2014",
                "date-of-most-recent-referral", "2010-02-30")).findings()).isEmpty();
    }

    @Test
    void everyRuleIsCountedWithItsCodeSeverityAndSourceAndCodesAreStableAndDistinct() {
        DataQualityReport report = QualityLists.run(on(LIST_3, 3, "C2", "date-of-most-recent-referral",
                "2025-05-17"));
        assertThat(report.rules()).extracting(RuleCount::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(report.rules()).allSatisfy(r -> assertThat(r.source()).matches("00[0-4] .*"));
        assertThat(report.rules()).filteredOn(r -> r.count() > 0).extracting(RuleCount::code, RuleCount::count)
                .containsExactly(tuple("outside-list-period", 1L));
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(PlatformChecks.all()).extracting(ConsistencyCheck::rule).extracting(r -> r.code())
                .containsExactly("outside-list-period", "event-after-notification", "event-before-birth",
                        "ends-before-start", "conference-before-enquiry", "placement-before-looked-after",
                        "adoption-out-of-order", "starts-before-referral", "different-date-of-birth",
                        "different-gender", "one-row-per-child", "looked-after-and-care-leaver",
                        "missing-without-return-interview", "return-interview-accepted-not-offered");
    }
}
