package org.inspectra.framework.sif.internal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inspectra.api.framework.ChildListSpec;
import org.inspectra.api.framework.DayCount;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The single inspection and its timeline, held against 004 §7-11, footnote 35 and Table 1 of Annex A. */
class SifInspectionTypesTest {

    private final SeedText seed = SifSeed.seed();
    private final String clean = SifSeed.clean();
    private final InspectionType type = SifInspectionTypes.SINGLE;

    @Test
    void oneGradedTypeWithTheApiId() {
        assertThat(SifInspectionTypes.ALL).containsExactly(type);
        assertThat(type.id()).isEqualTo("single-inspection");
        assertThat(type.graded()).isTrue();
        assertThat(type.source()).isEqualTo("004 §7-11");
        // 004 §16-20: graded judgements are made at every inspection.
        assertThatSeed(clean).contains("One of the four performance grades described above will be assigned to each "
                + "of the three key judgements and the two graded judgements.");
    }

    @Test
    void thePublishedInspectionAwaitsTheWrittenStatementOfAction() {
        assertThatSeed(clean).contains("The local authority is required to prepare and publish a written statement of "
                + "the action it intends to take in response to the report.");
        assertThat(type.lifecycle()).containsSubsequence("published", "statement-awaited", "closed");
        assertThat(type.addedStatuses()).singleElement().satisfies(a -> {
            assertThat(a.optional()).isFalse();
            assertThat(a.source()).isEqualTo("004 §10");
        });
    }

    /** Working days after notification (the Monday of week 1), read by hand from §7, §9-11 and Table 1. */
    @Test
    void timelineInWorkingDaysFromNotification() {
        Map<String, Integer> expected = ordered(
                entry("fieldwork-start", 1),
                entry("list-1-stage-1", 1), entry("list-3-stage-1", 1), entry("list-4-stage-1", 1),
                entry("list-5-stage-1", 1), entry("list-6-stage-1", 1), entry("list-7-stage-1", 1),
                entry("list-8-stage-1", 1),
                entry("list-2-stage-1", 3),
                entry("list-4-stage-2", 4), entry("list-5-stage-2", 4), entry("list-6-stage-2", 4),
                entry("list-7-stage-2", 4),
                entry("case-file-auditing", 5),
                entry("list-8-stage-2", 6),
                entry("full-team-on-site", 10),
                entry("fieldwork-end", 18),
                entry("publication", 50),
                entry("action-plan-due", 120));
        Map<String, Integer> actual = new LinkedHashMap<>();
        type.milestones().forEach(m -> actual.put(m.id(), offset(m.id())));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void chainIsWellFormed() {
        Set<String> known = new HashSet<>(Set.of(NOTIFICATION));
        for (MilestoneRule m : type.milestones()) {
            assertThat(known).as("%s counts from an earlier milestone", m.id()).contains(m.after());
            assertThat(known.add(m.id())).as("%s is unique", m.id()).isTrue();
            assertThat(m.count()).isEqualTo(DayCount.WORKING);
            assertThat(m.days()).isNotNegative();
            assertThat(m.id()).matches("[a-z0-9-]+");
            assertThat(m.title()).isNotBlank();
            assertThat(m.source()).startsWith("004 ");
        }
        // ordered as they fall
        assertThat(type.milestones().stream().map(m -> offset(m.id())).toList()).isSorted();
    }

    @Test
    void arrivalsAndDaysOnSiteFromSection7And11() {
        // 004 §7
        assertThat(seed.paragraph(7)).contains("The local authority will be notified that the lead inspector and a "
                + "small team of inspectors will be arriving on site the following day to begin the inspection. The "
                + "remainder of the team will arrive on site at the beginning of the week following the local "
                + "authority case auditing of files.");
        assertThat(rule("fieldwork-start")).extracting(MilestoneRule::after, MilestoneRule::days, MilestoneRule::source)
                .containsExactly(NOTIFICATION, 1, "004 §7");
        assertThat(rule("full-team-on-site")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("case-file-auditing", 5);
        // footnote 35: the inspection has a week three with inspectors meeting the local authority and police, after
        // the week of case auditing
        assertThatSeed(seed.text()).contains("For the purpose of the meetings between inspectors and the local "
                + "authority/police leads for missing children in weeks one and three of the inspection");
        // 004 §11: nine working days on site, the day of arrival the first
        assertThat(seed.paragraph(11)).contains("The inspection team will normally be on site for nine working days.");
        assertThat(rule("fieldwork-end")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("full-team-on-site", 9 - 1);
    }

    @Test
    void reportAndActionPlanFromSections9And10() {
        assertThat(seed.paragraph(9)).contains("We will publish a report on our website within 32 working days");
        assertThatSeed(clean).contains("within 32 working days of the end of the on-site inspection.");
        assertThat(rule("publication")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("fieldwork-end", 32);
        assertThat(seed.paragraph(10)).contains("within 70 working days of receiving the final report.");
        // the seed dates no earlier receipt of the final report than its publication
        assertThat(type.milestones()).extracting(MilestoneRule::id).doesNotContain("final-report-sent",
                "draft-report-sent", "factual-accuracy-due");
        assertThat(rule("action-plan-due")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("publication", 70);
    }

    /** Each submission date is the cell of Table 1 in the row of its list and the column of its stage. */
    @Test
    void listDeadlinesAreTheCellsOfTable1() {
        String table = SifSeed.between(clean, "Table 1 Child protection List Submission date – stage 1 Submission "
                + "date – stage 2", "TABLE 2");
        for (int n = 1; n <= 7; n++) {
            ChildListSpec list = SifChildLists.ALL.get(n - 1);
            String stage1 = submission(n, 1).wording();
            String stage2 = n <= 3 ? "Not applicable" : submission(n, 2).wording();
            assertThat(table).as("row of list %d", n)
                    .contains((n == 1 ? "" : n + ". ") + list.title() + " " + stage1 + " " + stage2);
            int number = n;
            assertThat(ChildListSubmissions.ALL.stream().filter(s -> s.list() == number))
                    .hasSize(n <= 3 ? 1 : 2);
        }
        // Lists 8 and 9 share two garbled lines: each column holds list 8's cell, then list 9's cut short.
        assertThat(table).contains("receiving leaving Week 1 (end of Tuesday) Week 1 (end of Week 2 (end of Tuesday) "
                + "Week 2 (end of");
        assertThat(submission(8, 1).wording()).isEqualTo("Week 1 (end of Tuesday)");
        assertThat(submission(8, 2).wording()).isEqualTo("Week 2 (end of Tuesday)");
        assertThat(table).endsWith("Week 2 (end of");
        assertThat(ChildListSubmissions.ALL).extracting(ChildListSubmissions.Submission::list)
                .doesNotContain(9, 10, 11);
    }

    @Test
    void submissionWordingGivesWeekAndDay() {
        Pattern cell = Pattern.compile("Week (\\d) \\((?:end of )?(Monday|Tuesday|Wednesday|Thursday|Friday)"
                + "(?: am)?\\)");
        for (ChildListSubmissions.Submission s : ChildListSubmissions.ALL) {
            Matcher m = cell.matcher(s.wording());
            assertThat(m.matches()).as(s.wording()).isTrue();
            assertThat(s.week()).isEqualTo(Integer.parseInt(m.group(1)));
            assertThat(s.day()).isEqualTo(DayOfWeek.valueOf(m.group(2).toUpperCase()));
            assertThat(rule(s.milestoneId())).extracting(MilestoneRule::after, MilestoneRule::days)
                    .containsExactly(NOTIFICATION, s.workingDaysAfterNotification());
        }
    }

    /** On a calendar of weekdays, a Monday notification gives the weekdays the seed names. */
    @Test
    void weekdaysOfAMondayNotification() {
        LocalDate monday = LocalDate.of(2015, 9, 7);
        assertThat(due(monday, "fieldwork-start")).isEqualTo(monday.plusDays(1));
        for (ChildListSubmissions.Submission s : ChildListSubmissions.ALL) {
            LocalDate due = due(monday, s.milestoneId());
            assertThat(due.getDayOfWeek()).as(s.milestoneId()).isEqualTo(s.day());
            assertThat(due).as(s.milestoneId()).isBefore(monday.plusWeeks(s.week())).isAfterOrEqualTo(
                    monday.plusWeeks(s.week() - 1));
        }
        assertThat(due(monday, "case-file-auditing")).isEqualTo(monday.plusWeeks(1));
        assertThat(due(monday, "full-team-on-site")).isEqualTo(monday.plusWeeks(2));
        assertThat(due(monday, "fieldwork-end")).isEqualTo(monday.plusWeeks(3).plusDays(3));
    }

    @Test
    void noMilestoneForTheListsTable1LostOrTheStagesItSaysDoNotApply() {
        assertThat(type.milestones()).extracting(MilestoneRule::id).filteredOn(id -> id.startsWith("list-"))
                .containsExactlyInAnyOrderElementsOf(List.of("list-1-stage-1", "list-2-stage-1", "list-3-stage-1",
                        "list-4-stage-1", "list-4-stage-2", "list-5-stage-1", "list-5-stage-2", "list-6-stage-1",
                        "list-6-stage-2", "list-7-stage-1", "list-7-stage-2", "list-8-stage-1", "list-8-stage-2"));
    }

    private static ChildListSubmissions.Submission submission(int list, int stage) {
        return ChildListSubmissions.ALL.stream().filter(s -> s.list() == list && s.stage() == stage).findFirst()
                .orElseThrow(() -> new AssertionError("no submission for list " + list + " stage " + stage));
    }

    private MilestoneRule rule(String id) {
        return type.milestones().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + id));
    }

    /** Working days from notification, following the chain. */
    private int offset(String id) {
        int days = 0;
        String at = id;
        for (int guard = 0; !at.equals(NOTIFICATION); guard++) {
            assertThat(guard).as("chain of %s too long", id).isLessThan(100);
            MilestoneRule r = rule(at);
            days += r.days();
            at = r.after();
        }
        return days;
    }

    private LocalDate due(LocalDate notifiedOn, String id) {
        LocalDate date = notifiedOn;
        for (int left = offset(id); left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
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
