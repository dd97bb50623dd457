package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.seed.SeedText.assertThatSeed;

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
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The timeline of the looked after children inspection, each offset held against the sentence that states it. */
class LacInspectionTypesTest {

    private static final SeedText SEED = SeedText.of("002");
    private static final InspectionType TYPE = LacInspectionTypes.LOOKED_AFTER_CHILDREN_INSPECTION;

    /**
     * Each milestone: what it counts from, how many days, the paragraph and the seed's sentence that states it.
     */
    static Stream<Arguments> milestones() {
        return Stream.of(
                Arguments.of("set-up-meeting", NOTIFICATION, 4, 23,
                        "A meeting will normally be held between the lead inspector and a representative(s) of the "
                                + "local authority four days after notification of the inspection."),
                Arguments.of("fieldwork-start", NOTIFICATION, 10, 7,
                        "The maximum notice period for the inspections of a looked after children service is usually "
                                + "10 working days."),
                Arguments.of("fieldwork-end", "fieldwork-start", 4, 10,
                        "Inspectors will usually be on site for up to five working days."),
                Arguments.of("feedback-meeting", "fieldwork-end", 0, 40,
                        "Oral feedback about draft findings, including strengths and weaknesses in practice, will be "
                                + "given to the Director of Children's Services at the end of the inspection."),
                Arguments.of("draft-report-sent", "fieldwork-end", 10, 35,
                        "The draft report will be sent, within 10 working days of the end of the inspection, to the "
                                + "Director of Children’s Services for a factual accuracy check."),
                Arguments.of("factual-accuracy-due", "draft-report-sent", 5, 36,
                        "must return the draft report with any comments on factual accuracy within five working days "
                                + "(15 working days after the end of the inspection)."),
                Arguments.of("final-report-sent", "fieldwork-end", 20, 37,
                        "the final report setting out the inspection findings will be sent to the Director of "
                                + "Children's Services within 20 working days of the end of the inspection"),
                Arguments.of("publication", "fieldwork-end", 25, 38,
                        "The final report will be published on the Ofsted website within 25 days of the end of the "
                                + "inspection (irrespective of appeals or complaints)."),
                Arguments.of("complaint-deadline", "publication", 30, 50,
                        "a complaint can be made at any stage during an inspection or up to 30 calendar days from the "
                                + "date of publication of any report or letter."));
    }

    @ParameterizedTest(name = "{0}: {2} days after {1} (002 §{3})")
    @MethodSource("milestones")
    void eachOffsetIsTheOneItsParagraphStates(String id, String after, int days, int paragraph, String sentence) {
        assertThatSeed(SEED.paragraph(paragraph)).contains(sentence);
        MilestoneRule rule = rule(id);
        assertThat(rule.after()).isEqualTo(after);
        assertThat(rule.days()).isEqualTo(days);
        assertThat(rule.source()).isEqualTo("002 §" + paragraph);
        assertThat(rule.count()).isEqualTo(id.equals("complaint-deadline") ? DayCount.CALENDAR : DayCount.WORKING);
    }

    @Test
    void theTimelineIsExactlyTheseMilestonesInTheOrderItRuns() {
        assertThat(TYPE.milestones()).extracting(MilestoneRule::id)
                .containsExactlyElementsOf(milestones().map(a -> (String) a.get()[0]).toList());
        Map<String, Integer> working = new LinkedHashMap<>();
        for (MilestoneRule rule : TYPE.milestones()) {
            if (rule.count() == DayCount.WORKING) {
                working.put(rule.id(), offset(rule.id()));
            }
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("set-up-meeting", 4);
        expected.put("fieldwork-start", 10);
        expected.put("fieldwork-end", 14);
        expected.put("feedback-meeting", 14);
        expected.put("draft-report-sent", 24);
        expected.put("factual-accuracy-due", 29);
        expected.put("final-report-sent", 34);
        expected.put("publication", 39);
        assertThat(working).containsExactlyEntriesOf(expected);
        assertThat(List.copyOf(working.values())).isSorted();
    }

    @Test
    void reportDeadlinesCountFromTheEndOfTheInspection() {
        // §36's own arithmetic: five working days after the draft is 15 after the end of the inspection.
        assertThat(offset("factual-accuracy-due") - offset("fieldwork-end")).isEqualTo(15);
        assertThat(offset("draft-report-sent") - offset("fieldwork-end")).isEqualTo(10);
        assertThat(offset("final-report-sent") - offset("fieldwork-end")).isEqualTo(20);
        assertThat(offset("publication") - offset("fieldwork-end")).isEqualTo(25);
        // §10: at most five working days on site, first and last day included.
        assertThat(offset("fieldwork-end") - offset("fieldwork-start") + 1)
                .isEqualTo(InspectionArrangements.MAXIMUM_WORKING_DAYS_ON_SITE);
    }

    @Test
    void chainsEndAtNotificationWithUniqueKebabIdsAndSources() {
        Map<String, MilestoneRule> byId = new HashMap<>();
        for (MilestoneRule rule : TYPE.milestones()) {
            assertThat(byId.put(rule.id(), rule)).as("duplicate %s", rule.id()).isNull();
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.source()).startsWith("002 §");
            assertThat(rule.title()).isNotBlank();
        }
        assertThat(byId).doesNotContainKey(NOTIFICATION);
        for (MilestoneRule rule : TYPE.milestones()) {
            Set<String> seen = new HashSet<>();
            for (String at = rule.id(); !at.equals(NOTIFICATION); at = byId.get(at).after()) {
                assertThat(seen.add(at)).as("cycle through %s", at).isTrue();
                assertThat(byId).as("%s counts from an unknown milestone", at).containsKey(at);
            }
        }
    }

    /** On a weekday calendar: a Monday notification, the dates the seed's counts give, and 30 calendar days. */
    @Test
    void datesOnAWeekdayCalendar() {
        LocalDate monday = LocalDate.of(2013, 6, 3);
        assertThat(due(monday, "set-up-meeting")).isEqualTo(LocalDate.of(2013, 6, 7));
        assertThat(due(monday, "fieldwork-start")).isEqualTo(LocalDate.of(2013, 6, 17));
        assertThat(due(monday, "fieldwork-end")).isEqualTo(LocalDate.of(2013, 6, 21));
        assertThat(due(monday, "fieldwork-end").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(due(monday, "publication")).isEqualTo(LocalDate.of(2013, 7, 26));
        // §50 counts calendar days: 30 days after a Friday publication is a Sunday, weekends included.
        assertThat(due(monday, "complaint-deadline")).isEqualTo(LocalDate.of(2013, 8, 25));
    }

    @Test
    void typeIsTheGradedInspectionOfApiMd() {
        assertThat(LacInspectionTypes.ALL).containsExactly(TYPE);
        assertThat(TYPE.id()).isEqualTo("inspection");
        assertThat(TYPE.graded()).isTrue();
        // §18 and §34: judgements on the four-point scale, the report "using text and grades".
        assertThatSeed(SEED.paragraph(34)).startsWith("34. The report will set out the inspection findings using "
                + "text and grades");
        assertThat(TYPE.milestones()).extracting(MilestoneRule::id).doesNotContain("action-plan-due");
    }

    private static MilestoneRule rule(String id) {
        return TYPE.milestones().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + id));
    }

    /** Working days from notification, following the chain (working-day rules only). */
    private static int offset(String id) {
        int days = 0;
        for (String at = id; !at.equals(NOTIFICATION); ) {
            MilestoneRule rule = rule(at);
            assertThat(rule.count()).isEqualTo(DayCount.WORKING);
            days += rule.days();
            at = rule.after();
        }
        return days;
    }

    /** The date of a milestone on a calendar whose working days are Monday to Friday. */
    private static LocalDate due(LocalDate notifiedOn, String id) {
        if (id.equals(NOTIFICATION)) {
            return notifiedOn;
        }
        MilestoneRule rule = rule(id);
        LocalDate from = due(notifiedOn, rule.after());
        if (rule.count() == DayCount.CALENDAR) {
            return from.plusDays(rule.days());
        }
        LocalDate date = from;
        for (int left = rule.days(); left > 0; ) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
