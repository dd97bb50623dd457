package org.inspectra.framework.lscb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.api.framework.MilestoneRule.NOTIFICATION;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.inspectra.api.framework.DayCount;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.MilestoneRule;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The review's timeline, held against 004 §7, §9, §11, §36, §39-40. */
class LscbReviewTest {

    private final SeedText seed = LscbSeed.seed();
    private final String clean = LscbSeed.clean();
    private final InspectionType type = LscbReview.TYPE;

    @Test
    void gradedReviewConcurrentWithTheSingleInspection() {
        assertThat(type.id()).isEqualTo("review");
        assertThat(type.graded()).isTrue();
        assertThatSeed(clean).contains("36. Ofsted intends to undertake a review of the effectiveness of the Local "
                + "Safeguarding Children Board at the same time as the inspection the local authority.");
    }

    @Test
    void timelineInWorkingDaysFromNotification() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        type.milestones().forEach(m -> actual.put(m.id(), offset(m.id())));
        assertThat(actual).containsExactly(
                Map.entry("fieldwork-start", 1),
                Map.entry("full-team-on-site", 10),
                Map.entry("fieldwork-end", 18),
                Map.entry("publication", 50),
                Map.entry("lscb-publication", 80));
        Set<String> known = new HashSet<>(Set.of(NOTIFICATION));
        for (MilestoneRule m : type.milestones()) {
            assertThat(known).as(m.id()).contains(m.after());
            assertThat(known.add(m.id())).as(m.id()).isTrue();
            assertThat(m.count()).isEqualTo(DayCount.WORKING);
            assertThat(m.source()).startsWith("004 §");
        }
    }

    @Test
    void onSiteDaysAreTheSingleInspectionsFromSections7And11() {
        assertThat(seed.paragraph(7)).contains("the lead inspector and a small team of inspectors will be arriving on "
                + "site the following day to begin the inspection")
                .contains("The remainder of the team will arrive on site at the beginning of the week following the "
                        + "local authority case auditing of files.");
        assertThatSeed(seed.text()).contains("in weeks one and three of the inspection");
        assertThat(seed.paragraph(11)).contains("The inspection team will normally be on site for nine working days.");
        assertThat(rule("fieldwork-end")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("full-team-on-site", 8);
    }

    @Test
    void reportInTheSingleInspectionsThenPublishedByTheBoard() {
        assertThat(seed.paragraph(9)).contains("Where a review of the Local Safeguarding Children Board (LSCB) has "
                + "been undertaken at the same time, this review will be part of the final report.");
        assertThatSeed(clean).contains("We will publish a report on our website within 32 working days of the end of "
                + "the on-site inspection.");
        assertThat(rule("publication")).extracting(MilestoneRule::after, MilestoneRule::days)
                .containsExactly("fieldwork-end", 32);
        assertThatSeed(clean).contains("40. The LSCB must within 30 working days of receipt of the report, arrange for "
                + "it to be published in such manner as the LSCB considers appropriate.")
                .contains("39. A report of the review will be published on the Ofsted website.");
        assertThat(rule("lscb-publication")).extracting(MilestoneRule::after, MilestoneRule::days,
                MilestoneRule::source).containsExactly("publication", 30, "004 §40");
    }

    private MilestoneRule rule(String id) {
        return type.milestones().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no milestone " + id));
    }

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
}
