package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.inspectra.api.framework.DayCount;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The day-numbered timeline of the table under 003 §9, each milestone held against the row that states it. */
class TargetedInspectionTypesTest {

    private static final SeedText SEED = SeedText.of("003");
    private static final InspectionType TYPE = TargetedInspectionTypes.TARGETED_INSPECTION;

    /**
     * The table's rows in order: the label (week and usual day of the week) and the working day or days. Every row
     * starts with this text once the markup is dropped.
     */
    private static final List<String> ROWS = List.of(
            "Before notification -1",
            "Week one Tuesday 0",
            "Wednesday 1",
            "Thursday 2",
            "Friday 3",
            "Week two Monday 4",
            "Tuesday 5",
            "Wednesday 6",
            "Thursday 7",
            "Friday 8",
            "Week three Monday to Thursday 9–12",
            "Friday 13",
            "Week four Monday to Wednesday 14–16",
            "Weeks four Wednesday to Thursday 16–17",
            "Friday 18",
            "Week five Monday to Friday 19–23",
            "Week six Monday to Wednesday 24–26",
            "Thursday 27",
            "Week seven Tuesday 30",
            "Post inspection");

    /**
     * Full stops the PDF extraction lost between two sentences of one cell, where the cell's lines were separate
     * paragraphs. Each applies exactly once.
     */
    private static final Map<String, String> LOST_FULL_STOPS = Map.of(
            "from the deep dive theme By 5pm", "from the deep dive theme. By 5pm",
            "(completed by lunchtime) Inspectors meet", "(completed by lunchtime). Inspectors meet",
            "(concluded by mid-afternoon) By the end", "(concluded by mid-afternoon). By the end");

    /**
     * Each milestone: its working day, the row (an index into {@link #ROWS}) whose text states it, the usual weekday
     * the row gives it, and the words of the row that fix the day where the title does not quote the row.
     */
    static Stream<Arguments> milestones() {
        return Stream.of(
                row("lead-inspector-preparation", -1, 0, null, null),
                row("day-0", 0, 1, DayOfWeek.TUESDAY, null),
                row("day-1", 1, 2, DayOfWeek.WEDNESDAY, null),
                row("day-2", 2, 3, DayOfWeek.THURSDAY, null),
                row("day-3", 3, 4, DayOfWeek.FRIDAY, null),
                row("day-4", 4, 5, DayOfWeek.MONDAY, null),
                row("day-5", 5, 6, DayOfWeek.TUESDAY, null),
                row("day-6", 6, 7, DayOfWeek.WEDNESDAY, null),
                row("day-7", 7, 8, DayOfWeek.THURSDAY, null),
                row("day-8", 8, 9, DayOfWeek.FRIDAY, null),
                row("day-9", 9, 10, DayOfWeek.MONDAY, null),
                row("fieldwork-start", 9, 10, DayOfWeek.MONDAY, "Day 9 – team arrives"),
                row("day-12", 12, 10, DayOfWeek.THURSDAY, null),
                row("fieldwork-end", 12, 10, DayOfWeek.THURSDAY, "(evidence collection ceases at 3.00pm on day 12)"),
                row("day-13", 13, 11, DayOfWeek.FRIDAY, null),
                row("day-14", 14, 12, DayOfWeek.MONDAY, null),
                row("day-16", 16, 12, DayOfWeek.WEDNESDAY, null),
                row("day-17", 17, 13, DayOfWeek.THURSDAY, null),
                row("day-18", 18, 14, DayOfWeek.FRIDAY, null),
                row("draft-report-sent", 18, 14, DayOfWeek.FRIDAY, "Ofsted sends the draft letter to the DCS"),
                row("day-23", 23, 15, DayOfWeek.FRIDAY, null),
                row("factual-accuracy-due", 23, 15, DayOfWeek.FRIDAY, "The DCS has five working days to respond"),
                row("day-24", 24, 16, DayOfWeek.MONDAY, null),
                row("day-25", 25, 16, DayOfWeek.TUESDAY, null),
                row("day-26", 26, 16, DayOfWeek.WEDNESDAY, null),
                row("day-27", 27, 17, DayOfWeek.THURSDAY, null),
                row("final-report-sent", 27, 17, DayOfWeek.THURSDAY, "Ofsted sends pre-publication findings letter"),
                row("day-30", 30, 18, DayOfWeek.TUESDAY, null),
                row("publication", 30, 18, DayOfWeek.TUESDAY, "The letter of inspection findings is published."),
                row("action-plan-due", 100, 19, null, "(within 70 working days of the letter being published)"));
    }

    @ParameterizedTest(name = "{0} on day {1}")
    @MethodSource("milestones")
    void eachMilestoneIsStatedByItsRowOfTheTable(String id, int day, int row, DayOfWeek weekday, String words) {
        MilestoneRule rule = rule(id);
        assertThat(offset(id)).isEqualTo(day);
        assertThat(rule.count()).isEqualTo(DayCount.WORKING);
        assertThat(rule.source()).startsWith("003 §9 (table)");
        String cell = cell(row);
        if (words == null) {
            // A day-N milestone is titled with its row's own words.
            assertThatSeed(cell).as(id).contains(rule.title());
        } else {
            assertThatSeed(cell).as(id).contains(words);
        }
        if (weekday != null) {
            LocalDate tuesday = LocalDate.of(2016, 2, 2);
            assertThat(due(tuesday, id).getDayOfWeek()).as(id).isEqualTo(weekday);
        }
        String label = ROWS.get(row);
        String days = label.substring(label.lastIndexOf(' ') + 1);
        if (!days.equals("inspection")) {
            int first = Integer.parseInt(days.split("–")[0]);
            int last = Integer.parseInt(days.contains("–") ? days.split("–")[1] : days);
            assertThat(day).as(id).isBetween(first, last);
            // A single day, or the first or last of a span, is named by the weekday the label gives it.
            if (weekday != null && (day == first || day == last)) {
                String name = weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase();
                assertThat(label).as(id).contains(name);
            }
        }
        if (id.startsWith("day-")) {
            assertThat(id).isEqualTo("day-" + day);
        }
    }

    @Test
    void thePublishedInspectionAwaitsTheStatementOfProposedAction() {
        assertThatSeed(SEED.text()).contains("The local authority submits a statement of proposed action");
        InspectionType type = TargetedInspectionTypes.TARGETED_INSPECTION;
        assertThat(type.lifecycle()).containsSubsequence("published", "statement-awaited", "closed");
        assertThat(type.addedStatuses()).singleElement().satisfies(a -> {
            assertThat(a.optional()).isFalse();
            assertThat(a.source()).contains("§95");
        });
    }

    @Test
    void theTimelineIsExactlyTheseMilestonesInTheOrderItRuns() {
        List<String> expected = milestones().map(a -> (String) a.get()[0]).toList();
        assertThat(TYPE.milestones()).extracting(MilestoneRule::id).containsExactlyElementsOf(expected);
        List<Integer> offsets = new ArrayList<>();
        for (MilestoneRule r : TYPE.milestones()) {
            offsets.add(offset(r.id()));
        }
        assertThat(offsets).isSorted();
        // Only the days the table names an activity for: 10, 11, 15, 19-22, 28 and 29 have no milestone of their own.
        assertThat(TYPE.milestones()).extracting(MilestoneRule::id).filteredOn(i -> i.startsWith("day-"))
                .containsExactly("day-0", "day-1", "day-2", "day-3", "day-4", "day-5", "day-6", "day-7", "day-8",
                        "day-9", "day-12", "day-13", "day-14", "day-16", "day-17", "day-18", "day-23", "day-24",
                        "day-25", "day-26", "day-27", "day-30");
    }

    @Test
    void dayMilestonesCountFromNotificationWhichIsDayZero() {
        for (MilestoneRule r : TYPE.milestones()) {
            if (r.id().startsWith("day-")) {
                assertThat(r.after()).isEqualTo(NOTIFICATION);
                assertThat(r.days()).isEqualTo(Integer.parseInt(r.id().substring(4)));
            }
        }
        assertThat(rule("day-0").days()).isZero();
        assertThatSeed(cell(1)).startsWith("By 9.30 am – the lead inspector notifies the Director of Children's "
                + "Services (DCS) of the inspection");
    }

    @Test
    void fieldworkStartsNineWorkingDaysAfterTheCall() {
        assertThatSeed(SEED.paragraph(12)).contains("The lead inspector will notify the DCS of the inspection by "
                + "telephone by 9.30am nine working days before fieldwork begins.");
        assertThat(rule("fieldwork-start")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly(NOTIFICATION, 9);
        assertThat(rule("fieldwork-start").source()).endsWith("§12");
    }

    @Test
    void theDcsHasFiveWorkingDaysAfterTheDraft() {
        assertThatSeed(cell(15)).startsWith("The DCS has five working days to respond on behalf of the partnership "
                + "(by the end of day 31, usually Wednesday)");
        assertThat(rule("factual-accuracy-due")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("draft-report-sent", TargetedInspectionTypes.DCS_FACTUAL_ACCURACY_WORKING_DAYS);
        assertThat(TargetedInspectionTypes.DCS_FACTUAL_ACCURACY_WORKING_DAYS).isEqualTo(5);
        // The row's "day 31" cannot stand: it falls after publication on day 30. Its own days, 19–23, end on 23.
        assertThat(offset("factual-accuracy-due")).isEqualTo(23).isLessThan(offset("publication"));
        assertThat(rule("day-23").title()).doesNotContain("31");
    }

    @Test
    void statementOfActionWithin70WorkingDaysOfPublication() {
        assertThatSeed(SEED.paragraph(95)).contains("The local authority must publish a written statement of action "
                + "they propose to take in light of the report within 70 working days.");
        assertThatSeed(cell(19)).contains("The local authority submits a statement of proposed action")
                .contains("(within 70 working days of the letter being published)");
        assertThat(rule("action-plan-due")).extracting(MilestoneRule::after, MilestoneRule::days, MilestoneRule::source)
                .containsExactly("publication", 70, "003 §9 (table), §95");
    }

    @Test
    void typeIsUngradedWithAThreeInspectorTeam() {
        assertThat(TargetedInspectionTypes.ALL).containsExactly(TYPE);
        assertThat(TYPE.id()).isEqualTo("targeted");
        assertThat(TYPE.graded()).isFalse();
        assertThatSeed(SEED.text()).contains("Local Authority Inspections (targeted inspections)");
        assertThatSeed(SEED.paragraph(8)).contains("The inspection team will usually comprise three inspectors.");
        assertThat(TargetedInspectionTypes.INSPECTORS).isEqualTo(3);
    }

    @Test
    void everyTargetedInspectionTakesADeepDiveTheme() {
        assertThat(TYPE.takesTheme()).isTrue();
        assertThat(TargetedFramework.DEFINITION.takesThemes()).isTrue();
        assertThatSeed(SEED.paragraph(4)).contains("Each targeted inspection includes a 'deep dive' theme.");
    }

    @Test
    void chainsEndAtNotificationWithUniqueKebabIds() {
        Map<String, MilestoneRule> byId = new HashMap<>();
        for (MilestoneRule r : TYPE.milestones()) {
            assertThat(byId.put(r.id(), r)).as("duplicate %s", r.id()).isNull();
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.title()).isNotBlank().doesNotContain("<").doesNotContain("  ");
        }
        assertThat(byId).doesNotContainKey(NOTIFICATION);
        for (MilestoneRule r : TYPE.milestones()) {
            Set<String> seen = new HashSet<>();
            for (String at = r.id(); !at.equals(NOTIFICATION); at = byId.get(at).after()) {
                assertThat(seen.add(at)).as("cycle through %s", at).isTrue();
                assertThat(byId).as("%s counts from an unknown milestone", at).containsKey(at);
            }
        }
    }

    @Test
    void theTableReadsAsItsRowsInOrder() {
        String table = table();
        int at = 0;
        for (String row : ROWS) {
            int found = table.indexOf(row + " ", at);
            assertThat(found).as(row).isGreaterThanOrEqualTo(at);
            at = found + row.length();
        }
    }

    /**
     * The table of §9 as plain text: markup dropped, the heading repeated at each page turned into one space, the
     * extraction's spaces inside brackets and before commas removed, and its lost full stops put back.
     */
    private static String table() {
        String section9 = SEED.paragraph(9);
        String start = "Usual day of week Working day Activity overview ";
        assertThat(section9).contains(start);
        String table = SeedText.normalise(section9.substring(section9.indexOf(start))
                .replaceAll("<[^>]+>", "")
                .replace(start, " "))
                .replace(" ,", ",").replace("( ", "(").replace(" )", ")");
        for (Map.Entry<String, String> repair : LOST_FULL_STOPS.entrySet()) {
            assertThat(table.split(Pattern.quote(repair.getKey()), -1)).as(repair.getKey())
                    .hasSize(2);
            table = table.replace(repair.getKey(), repair.getValue());
        }
        return table;
    }

    /** The activity text of row {@code index}: from after its label to the next row's label. */
    private static String cell(int index) {
        String table = table();
        int at = 0;
        int start = -1;
        for (int i = 0; i <= index; i++) {
            start = table.indexOf(ROWS.get(i) + " ", at);
            at = start + ROWS.get(i).length();
        }
        int end = index + 1 < ROWS.size() ? table.indexOf(ROWS.get(index + 1) + " ", at) : table.length();
        return table.substring(at, end).strip();
    }

    private static Arguments row(String id, int day, int row, DayOfWeek weekday, String words) {
        return Arguments.of(id, day, row, weekday, words);
    }

    private static MilestoneRule rule(String id) {
        return TYPE.milestones().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + id));
    }

    /** Working days from notification, following the chain. */
    private static int offset(String id) {
        int days = 0;
        for (String at = id; !at.equals(NOTIFICATION); ) {
            MilestoneRule r = rule(at);
            days += r.days();
            at = r.after();
        }
        return days;
    }

    /** The date of a milestone on a calendar whose working days are Monday to Friday. */
    private static LocalDate due(LocalDate notifiedOn, String id) {
        int days = offset(id);
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
}
