package org.inspectra.framework.targeted.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.LocalDate;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.InspectionFramework;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;

/** The definition the component hands to the platform: ids fixed by API.md, identity from 003, nothing graded. */
class TargetedFrameworkTest {

    private final SeedText seed = SeedText.of("003");
    private final InspectionFramework framework = new TargetedFramework();
    private final FrameworkDefinition definition = framework.definition();

    @Test
    void descriptorIdentifiesTheJanuary2016Version() {
        assertThat(definition.descriptor().id()).isEqualTo("targeted");
        assertThat(definition.descriptor().version()).isEqualTo("2016.01");
        assertThat(definition.descriptor().source()).isEqualTo("003");
        assertThat(definition.descriptor().publishedOn()).isEqualTo(LocalDate.of(2016, 1, 14));
        assertThatSeed(seed.text()).startsWith("# " + definition.descriptor().title() + " Inspection framework and "
                + "guidance").contains("**Published:** 14 January 2016");
    }

    @Test
    void nothingIsGradedSoNoScaleNoJudgementsNoRules() {
        assertThat(definition.gradeScale()).isEmpty();
        assertThat(definition.judgements()).isEmpty();
        assertThat(framework.judgementRules()).isEmpty();
        assertThat(definition.inspectionTypes()).extracting(InspectionType::id, InspectionType::graded)
                .containsExactly(tuple("targeted", false));
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(c.judgement()).isNull());
        // The seed never grades: the word does not occur, and its one "judgement" is the inspectors' professional one.
        assertThatSeed(seed.text().toLowerCase()).doesNotContain("grade").doesNotContain("graded");
        assertThat(seed.text().split("judgement", -1)).hasSize(2);
        assertThatSeed(seed.paragraph(39)).contains("use their professional judgement to determine the weight and "
                + "significance of their findings");
        // §84-89: a letter of strengths, areas for development and areas for priority action instead.
        assertThatSeed(seed.paragraph(89)).startsWith("89. The letter of findings is an overview of the strengths and "
                + "areas for development.");
    }

    @Test
    void definitionCarriesTheDataClasses() {
        assertThat(definition.criteria()).isEqualTo(FrontDoorCriteria.ALL);
        assertThat(definition.inspectionTypes()).isEqualTo(TargetedInspectionTypes.ALL);
        assertThat(definition.childLists()).isEqualTo(TargetedChildLists.ALL);
        assertThat(definition.criterion("esn-12")).isPresent();
        assertThat(definition.inspectionType("targeted")).isPresent();
    }
}
