package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.LocalDate;
import java.util.List;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The definition the component hands to the platform: ids fixed by API.md, identity, scale and judgements from 002. */
class LacFrameworkTest {

    private final SeedText seed = SeedText.of("002");
    private final InspectionFramework framework = new LacFramework();
    private final FrameworkDefinition definition = framework.definition();

    @Test
    void descriptorIdentifiesTheApril2013Version() {
        assertThat(definition.descriptor().id()).isEqualTo("lac");
        assertThat(definition.descriptor().version()).isEqualTo("2013.04");
        assertThat(definition.descriptor().source()).isEqualTo("002");
        assertThat(definition.descriptor().publishedOn()).isEqualTo(LocalDate.of(2013, 4, 1));
        assertThatSeed(seed.text()).startsWith("# " + definition.descriptor().title() + " ")
                .contains("**Published:** April 2013");
    }

    @Test
    void gradeScaleOfSection18BestFirstWithAdequateNotRequiresImprovement() {
        assertThat(definition.gradeScale()).extracting(Grade::id, Grade::title).containsExactly(
                tuple("outstanding", "Outstanding"),
                tuple("good", "Good"),
                tuple("adequate", "Adequate"),
                tuple("inadequate", "Inadequate"));
        String titles = String.join(" ", definition.gradeScale().stream().map(Grade::title).toList());
        assertThatSeed(seed.paragraph(18)).startsWith("18. Inspectors will make judgements against the evaluation "
                + "schedules using a four-point scale. " + titles + " ");
        assertThat(definition.grade("requires-improvement")).isEmpty();
        assertThatSeed(seed.text().toLowerCase()).doesNotContain("requires improvement");
    }

    @Test
    void judgementsOfApiMdWithTheirKindsAndTheReportHeadingsOfSection34() {
        assertThat(definition.judgements()).extracting(Judgement::id, Judgement::kind, Judgement::within)
                .containsExactly(
                        tuple("overall-effectiveness", JudgementKind.OVERALL, null),
                        tuple("capacity-to-improve", JudgementKind.KEY, null),
                        tuple("leadership-and-management", JudgementKind.KEY, null),
                        tuple("quality-of-provision", JudgementKind.KEY, null),
                        tuple("outcomes", JudgementKind.KEY, null));
        String report = seed.paragraph(34);
        assertThatSeed(report)
                .contains("Overall effectiveness Grade Capacity to improve Grade Areas for improvement No grade "
                        + "Leadership and management taking into account:")
                .contains("Quality of provision taking into account: Grade")
                .endsWith("Outcomes for looked after children and care leavers Grade");
        for (Judgement j : definition.judgements()) {
            assertThatSeed(report).as(j.id()).contains(j.title());
            assertThat(j.source()).isEqualTo("002 §16, §34");
        }
    }

    @Test
    void theSummaryScheduleOfSection16ListsTheSameJudgementsInOrder() {
        String schedule = seed.paragraph(16);
        List<String> inSection16 = List.of("- Overall effectiveness including areas for development",
                "- Capacity to improve", "- Leadership and management taking into account:",
                "- Quality of provision taking into account:", "- Outcomes for looked after children and young people");
        assertThat(inSection16).extracting(schedule::indexOf).doesNotContain(-1).isSorted();
        assertThat(definition.judgements()).hasSameSizeAs(inSection16);
    }

    @Test
    void noGradeDescriptorsBecauseTheSeedPutsThemInASeparateDocument() {
        assertThatSeed(seed.text()).contains("15. The evaluation schedules are set out in a separate document")
                .contains("The schedules also outline the grade descriptors that inspectors will use in arriving at "
                        + "their judgements.");
        assertThat(definition.judgements()).allSatisfy(j -> assertThat(j.descriptors()).isEmpty());
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(c.descriptors()).isEmpty());
    }

    @Test
    void definitionCarriesTheDataClassesAndTheOneGradedType() {
        assertThat(definition.criteria()).isEqualTo(LacCriteria.ALL);
        assertThat(definition.childLists()).isEqualTo(LacChildLists.ALL);
        assertThat(definition.inspectionTypes()).extracting(InspectionType::id, InspectionType::graded)
                .containsExactly(tuple("inspection", true));
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(definition.judgement(c.judgement())).isPresent());
        assertThat(framework.judgementRules()).isSameAs(LacFramework.RULES);
        // 002 §14: the one kind of inspection this framework sets out.
        assertThatSeed(seed.text()).contains("### Looked after children inspection")
                .contains(definition.inspectionTypes().get(0).title());
    }
}
