package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.time.LocalDate;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;
import org.junit.jupiter.api.Test;

/** The definition the component hands to the platform: ids fixed by API.md, identity and scale from the seed. */
class IlacsFrameworkTest {

    private final String seed = Seed.text();
    private final FrameworkDefinition definition = new IlacsFramework().definition();

    @Test
    void descriptorIdentifiesTheDecember2018Version() {
        assertThat(definition.descriptor().id()).isEqualTo("ilacs");
        assertThat(definition.descriptor().version()).isEqualTo("2018.12");
        assertThat(definition.descriptor().source()).isEqualTo("000");
        assertThat(definition.descriptor().publishedOn()).isEqualTo(LocalDate.of(2018, 12, 1));
        assertThatSeed(seed).startsWith(" " + definition.descriptor().title() + " ");
        assertThatSeed(seed).contains("We published this version of the framework in December 2018.");
    }

    @Test
    void gradeScaleOfSection97BestFirst() {
        assertThat(definition.gradeScale()).extracting(Grade::id, Grade::title).containsExactly(
                tuple("outstanding", "Outstanding"),
                tuple("good", "Good"),
                tuple("requires-improvement", "Requires improvement to be good"),
                tuple("inadequate", "Inadequate"));
        assertThatSeed(seed).contains("Inspectors will make their graded judgements on a four-point scale: outstanding "
                + "good requires improvement to be good inadequate.");
    }

    @Test
    void judgementsOfSection96WithApiIdsAndKinds() {
        assertThat(definition.judgements()).extracting(Judgement::id, Judgement::kind, Judgement::within)
                .containsExactly(
                tuple("overall-effectiveness", JudgementKind.OVERALL, null),
                tuple("help-and-protection", JudgementKind.KEY, null),
                tuple("children-in-care", JudgementKind.KEY, null),
                tuple("impact-of-leaders", JudgementKind.KEY, null));
        String listed = "Inspectors will make the following graded judgements: "
                + String.join(" ", definition.judgements().stream().map(Judgement::title).toList());
        assertThatSeed(seed).contains(listed);
    }

    @Test
    void definitionCarriesTheDataClasses() {
        assertThat(definition.criteria()).isEqualTo(IlacsCriteria.ALL);
        assertThat(definition.childLists()).isEqualTo(IlacsChildLists.ALL);
        assertThat(definition.inspectionTypes()).isEqualTo(IlacsInspectionTypes.ALL);
        assertThat(definition.criteria()).extracting(c -> definition.judgement(c.judgement()))
                .allSatisfy(j -> assertThat(j).isPresent());
        assertThat(definition.grade("adequate")).isEmpty();
    }
}
