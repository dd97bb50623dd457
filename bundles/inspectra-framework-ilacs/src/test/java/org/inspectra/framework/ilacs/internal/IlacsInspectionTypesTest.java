package org.inspectra.framework.ilacs.internal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.inspectra.api.framework.DayCount;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.api.framework.SourcedText;
import org.inspectra.api.framework.SummaryQuestion;
import org.inspectra.api.framework.Topic;
import org.inspectra.api.framework.UnpublishedFirstVisit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The four inspection types and their timelines, held against the tables of 000 §53, §55, §103, §129, §224, §252. */
class IlacsInspectionTypesTest {

    private final String seed = Seed.text();

    @Test
    void standardAndShortReportsAnswerTheFourQuestionsOfTheirFirstPage() {
        assertThatSeed(seed).contains("The first page of the report for a standard or short inspection will include "
                + "the graded judgements and a brief summary that answers these questions: "
                + String.join(" ", IlacsQuestions.REPORT_FIRST_PAGE));
        for (InspectionType graded : List.of(IlacsInspectionTypes.STANDARD_INSPECTION,
                IlacsInspectionTypes.SHORT_INSPECTION)) {
            assertThat(graded.summaryQuestions()).extracting(SummaryQuestion::text)
                    .containsExactlyElementsOf(IlacsQuestions.REPORT_FIRST_PAGE);
            assertThat(graded.summaryQuestions()).extracting(SummaryQuestion::source).containsOnly("000 §211");
        }
        assertThat(IlacsInspectionTypes.FOCUSED.summaryQuestions()).isEmpty();
        assertThat(IlacsInspectionTypes.MONITORING.summaryQuestions()).isEmpty();
    }

    @Test
    void standardAndShortInspectionsAwaitTheActionPlanAndAFocusedVisitMayGoToModeration() {
        // §227: the action plan within 70 working days of the final report, after a standard or short inspection.
        assertThatSeed(seed).contains("After a standard or short inspection, the local authority should write an "
                + "action plan that responds to the findings in the report.");
        for (InspectionType graded : List.of(IlacsInspectionTypes.STANDARD_INSPECTION,
                IlacsInspectionTypes.SHORT_INSPECTION)) {
            assertThat(graded.lifecycle()).containsSubsequence("published", "action-plan-awaited", "closed");
            assertThat(graded.addedStatuses()).singleElement().satisfies(a -> {
                assertThat(a.optional()).isFalse();
                assertThat(a.source()).isEqualTo("000 §227");
            });
        }
        // §213: only a letter with an area for priority action goes to additional moderation, so it is optional.
        assertThatSeed(seed).contains("If inspectors identify an area for priority action, the letter will be "
                + "subject to additional moderation.");
        assertThat(IlacsInspectionTypes.FOCUSED.lifecycle()).containsSubsequence("findings-agreed", "moderation",
                "draft-sent");
        assertThat(IlacsInspectionTypes.FOCUSED.addedStatuses()).singleElement().satisfies(a -> {
            assertThat(a.optional()).isTrue();
            assertThat(a.source()).isEqualTo("000 §213");
        });
        // §230: no action plan after a monitoring visit.
        assertThat(IlacsInspectionTypes.MONITORING.addedStatuses()).isEmpty();
    }

    @Test
    void theFirstMonitoringVisitOfAFirstSeriesPublishesNoLetter() throws Exception {
        assertThatSeed(seed).contains("We do not usually publish a letter after the first monitoring visit.");
        // The footnote, which the cleaned text leaves out with the other page-end footnotes.
        assertThatSeed(Files.readString(Seed.PATH))
                .contains("28 Unless this is the second set of monitoring visits for a local authority.");
        UnpublishedFirstVisit first = IlacsInspectionTypes.MONITORING.unpublishedFirstVisit();
        assertThat(first.source()).isEqualTo("000 §208, note 28");
        // Every milestone it leaves out is one of the reporting table's, and all of those are left out.
        assertThat(IlacsInspectionTypes.MONITORING.milestones()).filteredOn(m -> m.source().contains("§224"))
                .extracting(MilestoneRule::id).containsExactlyInAnyOrderElementsOf(first.milestones());
        assertThat(IlacsInspectionTypes.MONITORING.lifecycle(first.skippedStatuses()))
                .containsExactly("notified", "fieldwork", "findings-agreed", "published", "closed");
        assertThat(IlacsInspectionTypes.FOCUSED.unpublishedFirstVisit()).isNull();
    }

    @Test
    void typesCarryTheShortQuestionsTheFocusedTopicsAndAspectsAndTheMonitoringSeries() {
        InspectionType shortType = IlacsInspectionTypes.SHORT_INSPECTION;
        assertThat(shortType.questions()).extracting(SourcedText::source).containsOnly("000 §57").hasSize(3);
        assertThatSeed(seed).contains("In a short inspection, inspectors will seek to answer three questions: "
                + String.join(" ", shortType.questions().stream().map(SourcedText::text).toList()));
        assertThat(shortType.takesTopics()).isFalse();

        InspectionType focused = IlacsInspectionTypes.FOCUSED;
        assertThat(focused.topics()).extracting(Topic::id, Topic::source).containsExactly(
                tuple("front-door", "000 §106"),
                tuple("children-in-need-and-child-protection", "000 §106"),
                tuple("vulnerable-adolescents", "000 §106"),
                tuple("children-in-care", "000 §106"),
                tuple("permanence", "000 §106"),
                tuple("care-leavers", "000 §106"));
        assertThat(focused.topics()).allSatisfy(t -> assertThatSeed(seed).contains(t.title()));
        assertThatSeed(seed).contains("inspectors will evaluate the effectiveness of: "
                + String.join(" ", focused.aspects().stream().map(SourcedText::text).toList()) + ".");
        assertThat(focused.aspects()).hasSize(5).extracting(SourcedText::source).containsOnly("000 §107");
        assertThat(focused.questions()).isEmpty();

        // 000 §22: monitoring visits until the re-inspection, which is a standard inspection.
        assertThatSeed(seed).contains("will receive monitoring visits followed by a re-inspection.",
                "We will re-inspect an inadequate local authority using a standard inspection.");
        assertThat(IlacsInspectionTypes.ALL).extracting(InspectionType::id, InspectionType::seriesEndedBy)
                .containsExactly(tuple("standard", null), tuple("short", null), tuple("focused-visit", null),
                        tuple("monitoring-visit", "standard"));
        assertThat(IlacsInspectionTypes.ALL).filteredOn(t -> !t.id().equals("focused-visit"))
                .allSatisfy(t -> assertThat(t.topics()).isEmpty());
    }

    @Test
    void typesAreThoseOfApiMdWithTheirGrading() {
        assertThat(IlacsInspectionTypes.ALL).extracting(InspectionType::id, InspectionType::graded).containsExactly(
                tuple("standard", true),
                tuple("short", true),
                tuple("focused-visit", false),
                tuple("monitoring-visit", false));
        // 000 §108: "Inspectors will not make graded judgements at the outcome of a focused visit."
        assertThatSeed(seed).contains("Inspectors will not make graded judgements at the outcome of a focused visit.");
    }

    static Stream<Arguments> expectedTimelines() {
        // Working days after notification, read from the tables by hand: notice week and site days from the
        // day-by-day table, information deadlines from Annex A (§252), reporting from the table after §224.
        Map<String, Integer> standard = ordered(
                entry("set-up-call", 0), entry("child-level-data-due", 1), entry("audit-information-due", 1),
                entry("management-information-due", 2), entry("case-information-due", 3),
                entry("team-off-site-evaluation", 3), entry("team-conference", 4), entry("fieldwork-start", 5),
                entry("schools-hmi-on-site", 6), entry("mid-fieldwork-off-site-evaluation", 9),
                entry("second-week-on-site", 10), entry("provisional-judgements-meeting", 13),
                entry("fieldwork-end", 14), entry("feedback-meeting", 14), entry("draft-report-sent", 24),
                entry("factual-accuracy-due", 27), entry("final-report-sent", 32), entry("children-summary-sent", 32),
                entry("publication", 35), entry("action-plan-due", 102));
        Map<String, Integer> shortInspection = ordered(
                entry("set-up-call", 0), entry("child-level-data-due", 1), entry("audit-information-due", 1),
                entry("management-information-due", 2), entry("case-information-due", 3),
                entry("team-off-site-evaluation", 3), entry("team-conference", 4), entry("fieldwork-start", 5),
                entry("schools-hmi-on-site", 6), entry("provisional-judgements-meeting", 8),
                entry("fieldwork-end", 9), entry("feedback-meeting", 9), entry("draft-report-sent", 19),
                entry("factual-accuracy-due", 22), entry("final-report-sent", 27), entry("children-summary-sent", 27),
                entry("publication", 30), entry("action-plan-due", 97));
        Map<String, Integer> focused = ordered(
                entry("lead-inspector-preparation", -1), entry("set-up-call", 0), entry("child-level-data-due", 1),
                entry("audit-information-due", 1), entry("management-information-due", 1),
                entry("team-off-site-evaluation", 2), entry("case-information-due", 2), entry("team-conference", 3),
                entry("off-site-evaluation", 4), entry("fieldwork-start", 5), entry("fieldwork-end", 6),
                entry("feedback-meeting", 6), entry("draft-report-sent", 11), entry("factual-accuracy-due", 13),
                entry("final-report-sent", 20), entry("publication", 22));
        Map<String, Integer> monitoring = ordered(
                entry("child-level-data-due", 1), entry("audit-information-due", 1), entry("audited-cases-chosen", 2),
                entry("case-information-due", 7), entry("management-information-due", 7),
                entry("team-off-site-evaluation", 8), entry("team-conference", 9), entry("off-site-evaluation", 10),
                entry("fieldwork-start", 11), entry("fieldwork-end", 12), entry("feedback-meeting", 12),
                entry("draft-report-sent", 17), entry("factual-accuracy-due", 19), entry("final-report-sent", 26),
                entry("publication", 28));
        return Stream.of(
                Arguments.of("standard", standard),
                Arguments.of("short", shortInspection),
                Arguments.of("focused-visit", focused),
                Arguments.of("monitoring-visit", monitoring));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedTimelines")
    void offsetsFromNotificationMatchTheTablesInOrder(String typeId, Map<String, Integer> expected) {
        InspectionType type = type(typeId);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (MilestoneRule rule : type.milestones()) {
            actual.put(rule.id(), offset(type, rule.id()));
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
        // "the timeline, in the order it runs" (InspectionType)
        assertThat(List.copyOf(actual.values())).isSorted();
        assertThat(type.milestones()).allSatisfy(r -> assertThat(r.count()).isEqualTo(DayCount.WORKING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeIds")
    void chainsEndAtNotificationWithUniqueIdsAndNoCycles(String typeId) {
        InspectionType type = type(typeId);
        Map<String, MilestoneRule> byId = new HashMap<>();
        for (MilestoneRule rule : type.milestones()) {
            assertThat(byId.put(rule.id(), rule)).as("duplicate %s", rule.id()).isNull();
        }
        assertThat(byId).doesNotContainKey(NOTIFICATION);
        for (MilestoneRule rule : type.milestones()) {
            Set<String> seen = new HashSet<>();
            String at = rule.id();
            while (!at.equals(NOTIFICATION)) {
                assertThat(seen.add(at)).as("cycle through %s", at).isTrue();
                assertThat(byId).as("%s counts from an unknown milestone", at).containsKey(at);
                at = byId.get(at).after();
            }
            assertThat(rule.source()).as(rule.id()).startsWith("000 §");
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    static Stream<String> typeIds() {
        return IlacsInspectionTypes.ALL.stream().map(InspectionType::id);
    }

    private static InspectionType type(String id) {
        return IlacsInspectionTypes.ALL.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no inspection type " + id));
    }

    @Test
    void reportingTableAfter224() {
        // The seed's table, read row by row: standard and short column first, focused and monitoring second.
        assertThatSeed(seed).contains("Report sent to local authority for factual accuracy checks 10 days after "
                + "inspectors complete fieldwork 5 days after inspectors complete fieldwork");
        assertThatSeed(seed).contains("Number of days the local authority has to return their factual accuracy "
                + "comments 3 days 2 days");
        assertThatSeed(seed).contains("Final version sent to the local authority (pre-publication, under embargo) 18 "
                + "days after inspectors complete fieldwork 14 days after inspectors complete fieldwork");
        assertThatSeed(seed).contains("Report published on Ofsted’s website 21 days after inspectors complete "
                + "fieldwork 16 days after inspectors complete fieldwork");
        for (InspectionType type : List.of(IlacsInspectionTypes.STANDARD_INSPECTION,
                IlacsInspectionTypes.SHORT_INSPECTION)) {
            assertReporting(type, 10, 3, 18, 21);
            // 000 §227: "within 70 working days of receiving the final inspection report"
            assertThat(rule(type, "action-plan-due")).extracting(MilestoneRule::after, MilestoneRule::days)
                    .containsExactly("final-report-sent", 70);
        }
        assertThatSeed(seed).contains("within 70 working days of receiving the final inspection report");
        for (InspectionType type : List.of(IlacsInspectionTypes.FOCUSED, IlacsInspectionTypes.MONITORING)) {
            assertReporting(type, 5, 2, 14, 16);
            // §228-230: no action plan by default after either visit.
            assertThat(type.milestones()).extracting(MilestoneRule::id).doesNotContain("action-plan-due");
        }
    }

    @Test
    void priorityActionPlanOfAFocusedVisit() {
        // 000 §229
        assertThatSeed(seed).contains("within 70 working days of receiving the final focused visit letter")
                .contains("within 20 working days of receiving the focused visit letter");
        assertThat(IlacsInspectionTypes.PRIORITY_ACTION_MILESTONES)
                .extracting(MilestoneRule::id, MilestoneRule::after, MilestoneRule::days)
                .containsExactly(
                        tuple("priority-action-draft-plan-due", "final-report-sent", 20),
                        tuple("action-plan-due", "final-report-sent", 70));
    }

    @Test
    void noticeAndSiteDaysOfTheAnnexATable() {
        assertThatSeed(seed)
                .contains("Notification / request for Annex A 5 days before fieldwork (usually Monday) 5 days before "
                        + "fieldwork (usually Tuesday) 10 days before fieldwork (usually Monday)")
                .contains("Child-level data lists 1 day after notification (by the end of Tuesday) 1 day after "
                        + "notification (usually by midday Wednesday) 1 day after notification (usually Tuesday)")
                .contains("Information used by the local authority to manage services for children and young people "
                        + "2 days after notification (by the end of Wednesday) 1 day after notification (usually by "
                        + "the end of Wednesday) 7 days after notification")
                .contains("Information about specific children’s cases 3 days after notification (by the end of "
                        + "Thursday) 2 days after notification (usually by the end of Thursday) 7 days after "
                        + "notification");
        // 000 §52, §54, §103: five working days' notice; §129: monitoring data requested "Ten days before the visit".
        assertThatSeed(seed).contains("We will give five working days’ notice of the inspection.")
                .contains("We will usually give five working days’ notice of the visit.")
                .contains("Ten days before the visit Monday Lead inspector requests child-level data");
        assertThat(offset(IlacsInspectionTypes.STANDARD_INSPECTION, "fieldwork-start")).isEqualTo(5);
        assertThat(offset(IlacsInspectionTypes.SHORT_INSPECTION, "fieldwork-start")).isEqualTo(5);
        assertThat(offset(IlacsInspectionTypes.FOCUSED, "fieldwork-start")).isEqualTo(5);
        assertThat(offset(IlacsInspectionTypes.MONITORING, "off-site-evaluation")).isEqualTo(10);
    }

    /** The weekdays of the day-by-day tables, on a calendar of weekdays only (bank holidays are core's concern). */
    @Test
    void weekdaysMatchTheDayByDayTables() {
        LocalDate monday = LocalDate.of(2019, 1, 7);
        LocalDate tuesday = monday.plusDays(1);
        // Standard (§53): call Monday; on site Monday to Friday of the next week but one.
        assertThat(weekday(IlacsInspectionTypes.STANDARD_INSPECTION, monday, "fieldwork-start"))
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(due(IlacsInspectionTypes.STANDARD_INSPECTION, monday, "fieldwork-end"))
                .isEqualTo(monday.plusWeeks(2).plusDays(4));
        assertThat(weekday(IlacsInspectionTypes.STANDARD_INSPECTION, monday, "mid-fieldwork-off-site-evaluation"))
                .isEqualTo(DayOfWeek.FRIDAY);
        assertThat(weekday(IlacsInspectionTypes.STANDARD_INSPECTION, monday, "team-conference"))
                .isEqualTo(DayOfWeek.FRIDAY);
        // Short (§55): one week on site, Monday to Friday.
        assertThat(due(IlacsInspectionTypes.SHORT_INSPECTION, monday, "fieldwork-end"))
                .isEqualTo(monday.plusWeeks(1).plusDays(4));
        // Focused (§103): call Tuesday, preparation the Monday before, on site Tuesday and Wednesday a week later.
        assertThat(due(IlacsInspectionTypes.FOCUSED, tuesday, "lead-inspector-preparation")).isEqualTo(monday);
        assertThat(due(IlacsInspectionTypes.FOCUSED, tuesday, "fieldwork-start")).isEqualTo(tuesday.plusWeeks(1));
        assertThat(weekday(IlacsInspectionTypes.FOCUSED, tuesday, "fieldwork-end")).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(weekday(IlacsInspectionTypes.FOCUSED, tuesday, "case-information-due"))
                .isEqualTo(DayOfWeek.THURSDAY);
        // Monitoring (§129): request Monday; audited cases the Wednesday of the week before; on site Tuesday and
        // Wednesday two weeks after the request (§130: "Two weeks before the visit").
        assertThat(weekday(IlacsInspectionTypes.MONITORING, monday, "audited-cases-chosen"))
                .isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(due(IlacsInspectionTypes.MONITORING, monday, "case-information-due"))
                .isEqualTo(monday.plusWeeks(1).plusDays(2));
        assertThat(due(IlacsInspectionTypes.MONITORING, monday, "off-site-evaluation")).isEqualTo(monday.plusWeeks(2));
        assertThat(due(IlacsInspectionTypes.MONITORING, monday, "fieldwork-start"))
                .isEqualTo(monday.plusWeeks(2).plusDays(1));
        assertThat(weekday(IlacsInspectionTypes.MONITORING, monday, "fieldwork-end")).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    private void assertReporting(InspectionType type, int draft, int comments, int fin, int published) {
        assertThat(rule(type, "draft-report-sent")).extracting(MilestoneRule::after, MilestoneRule::days)
                .as(type.id()).containsExactly("fieldwork-end", draft);
        assertThat(rule(type, "factual-accuracy-due")).extracting(MilestoneRule::after, MilestoneRule::days)
                .as(type.id()).containsExactly("draft-report-sent", comments);
        assertThat(rule(type, "final-report-sent")).extracting(MilestoneRule::after, MilestoneRule::days)
                .as(type.id()).containsExactly("fieldwork-end", fin);
        assertThat(rule(type, "publication")).extracting(MilestoneRule::after, MilestoneRule::days)
                .as(type.id()).containsExactly("fieldwork-end", published);
    }

    private static MilestoneRule rule(InspectionType type, String id) {
        return type.milestones().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(type.id() + " has no milestone " + id));
    }

    /** Working days from notification, following the chain. */
    private static int offset(InspectionType type, String id) {
        int days = 0;
        String at = id;
        for (int guard = 0; !at.equals(NOTIFICATION); guard++) {
            assertThat(guard).as("chain of %s too long", id).isLessThan(100);
            MilestoneRule rule = rule(type, at);
            days += rule.days();
            at = rule.after();
        }
        return days;
    }

    private static LocalDate due(InspectionType type, LocalDate notifiedOn, String id) {
        int days = offset(type, id);
        LocalDate date = notifiedOn;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            date = date.plusDays(step);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }

    private static DayOfWeek weekday(InspectionType type, LocalDate notifiedOn, String id) {
        return due(type, notifiedOn, id).getDayOfWeek();
    }

    @SafeVarargs
    private static Map<String, Integer> ordered(Map.Entry<String, Integer>... entries) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
