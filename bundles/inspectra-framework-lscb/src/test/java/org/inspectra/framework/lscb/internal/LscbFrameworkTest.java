package org.inspectra.framework.lscb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.time.LocalDate;

import org.inspectra.api.framework.FrameworkDefinition;
import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.InspectionType;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;
import org.junit.jupiter.api.Test;

/** The definition the component hands to the platform: ids fixed by API.md, identity and scale from seed 004. */
class LscbFrameworkTest {

    private final String clean = LscbSeed.clean();
    private final LscbFramework framework = new LscbFramework();
    private final FrameworkDefinition definition = framework.definition();

    @Test
    void descriptorIdentifiesTheJune2015Version() {
        assertThat(definition.descriptor().id()).isEqualTo("lscb");
        assertThat(definition.descriptor().version()).isEqualTo("2015.06");
        assertThat(definition.descriptor().source()).isEqualTo("004");
        assertThat(definition.descriptor().publishedOn()).isEqualTo(LocalDate.of(2015, 6, 1));
        // the cover's second title, after the SIF's
        assertThatSeed(LscbSeed.text()).startsWith("Framework and evaluation schedule for the inspections of services "
                + "for children in need of help and protection, children looked after and care leavers "
                + definition.descriptor().title() + " This document");
        assertThatSeed(LscbSeed.text()).contains("Published: 01 June 2015");
    }

    @Test
    void gradeScaleOfSection37BestFirst() {
        assertThat(definition.gradeScale()).extracting(Grade::id, Grade::title).containsExactly(
                tuple("outstanding", "Outstanding"),
                tuple("good", "Good"),
                tuple("requires-improvement", "Requires improvement"),
                tuple("inadequate", "Inadequate"));
        assertThatSeed(clean).contains("37. Inspectors will make their judgements on a four point scale: "
                + String.join(" ", definition.gradeScale().stream().map(g -> g.title().toLowerCase()).toList())
                + ". 38.");
    }

    @Test
    void oneGradedReviewWithOneOverallJudgement() {
        assertThat(definition.inspectionTypes()).extracting(InspectionType::id, InspectionType::graded)
                .containsExactly(tuple("review", true));
        assertThat(definition.judgements()).extracting(Judgement::id, Judgement::kind, Judgement::within)
                .containsExactly(tuple("lscb-effectiveness", JudgementKind.OVERALL, null));
        assertThatSeed(clean).contains("Section 2: " + definition.judgements().get(0).title() + " 36.");
        // 004 §36: "a review of the effectiveness of the Local Safeguarding Children Board"
        String type = definition.inspectionTypes().get(0).title();
        assertThatSeed(clean).contains("undertake a " + Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + " at the same time");
    }

    @Test
    void definitionCarriesTheDataAndNoRules() {
        assertThat(definition.criteria()).isEqualTo(LscbCriteria.ALL);
        assertThat(definition.judgements()).isEqualTo(LscbJudgement.ALL);
        assertThat(definition.inspectionTypes()).isEqualTo(LscbReview.ALL);
        assertThat(definition.childLists()).isEmpty();
        assertThat(framework.judgementRules()).isEmpty();
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(definition.judgement(c.judgement())).isPresent());
    }
}
