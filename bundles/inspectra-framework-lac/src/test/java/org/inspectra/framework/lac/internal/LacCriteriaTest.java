package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.inspectra.api.framework.Criterion;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** What inspectors evaluate under each judgement, held against 002 §16, §29, §34. */
class LacCriteriaTest {

    private final SeedText seed = SeedText.of("002");

    @Test
    void fiveForLeadershipThreeForProvisionOneForOutcomes() {
        Map<String, Long> perJudgement = LacCriteria.ALL.stream()
                .collect(Collectors.groupingBy(Criterion::judgement, Collectors.counting()));
        assertThat(perJudgement).containsExactlyInAnyOrderEntriesOf(Map.of(
                "leadership-and-management", 5L, "quality-of-provision", 3L, "outcomes", 1L));
        assertThat(LacCriteria.ALL).extracting(Criterion::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    /** The whole §16 block, bullet by bullet: nothing missing, added or moved. */
    @Test
    void scheduleAspectsAreSection16sBulletsInOrder() {
        String block = "- Leadership and management taking into account: " + bullets("leadership-and-management")
                + " - Quality of provision taking into account: " + bullets("quality-of-provision")
                + " - Outcomes for looked after children and young people";
        assertThatSeed(seed.paragraph(16)).contains(block);
    }

    /** §34 repeats the aspects under the report headings, so both paragraphs are cited. */
    @Test
    void theReportHeadingsOfSection34RepeatThem() {
        String block = "Leadership and management taking into account: " + bullets("leadership-and-management")
                + " Quality of provision taking into account: Grade " + bullets("quality-of-provision")
                + " Outcomes for looked after children and care leavers Grade";
        assertThatSeed(seed.paragraph(34)).contains(block);
        assertThat(LacCriteria.ALL).filteredOn(c -> !c.judgement().equals("outcomes"))
                .allSatisfy(c -> assertThat(c.source()).isEqualTo("002 §16, §34"));
    }

    @Test
    void outcomesAreWhatCaseFileScrutinyConsidersOfThem() {
        Criterion outcomes = LacCriteria.ALL.stream().filter(c -> c.judgement().equals("outcomes")).findFirst()
                .orElseThrow();
        assertThat(outcomes.id()).isEqualTo("outcomes-achieved");
        assertThat(outcomes.source()).isEqualTo("002 §29");
        assertThatSeed(seed.paragraph(29)).startsWith("29. Case-file scrutiny and discussion will consider:")
                .contains("- " + outcomes.title() + " - ");
    }

    @Test
    void idsAreTheWordsInKebabCase() {
        assertThat(LacCriteria.ALL).filteredOn(c -> !c.judgement().equals("outcomes"))
                .allSatisfy(c -> assertThat(c.id()).isEqualTo(kebab(c.title())));
        // The outcomes item is a long sentence: its id is its opening words after the article.
        assertThat(LacCriteria.ALL).filteredOn(c -> c.judgement().equals("outcomes"))
                .allSatisfy(c -> assertThat(kebab(c.title())).startsWith("the-" + c.id() + "-"));
    }

    @Test
    void noCriteriaForOverallEffectivenessOrCapacityToImprove() {
        assertThat(LacCriteria.ALL).extracting(Criterion::judgement)
                .doesNotContain("overall-effectiveness", "capacity-to-improve");
        // §16 names no aspects under either.
        assertThatSeed(seed.paragraph(16)).contains("- Overall effectiveness including areas for development - "
                + "Capacity to improve - Leadership and management taking into account:");
    }

    @Test
    void equalityAndDiversityRunThroughAllJudgements() {
        assertThatSeed(seed.paragraph(17)).startsWith("17. " + LacCriteria.EQUALITY_AND_DIVERSITY + " ");
    }

    private static String bullets(String judgement) {
        List<String> titles = LacCriteria.ALL.stream().filter(c -> c.judgement().equals(judgement))
                .map(Criterion::title).toList();
        return "- " + String.join(" - ", titles);
    }

    private static String kebab(String title) {
        return title.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
