package org.inspectra.framework.sif.internal;

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
class SifFrameworkTest {

    private final String seed = SifSeed.text();
    private final String clean = SifSeed.clean();
    private final FrameworkDefinition definition = new SifFramework().definition();

    @Test
    void descriptorIdentifiesTheJune2015Version() {
        assertThat(definition.descriptor().id()).isEqualTo("sif");
        assertThat(definition.descriptor().version()).isEqualTo("2015.06");
        assertThat(definition.descriptor().source()).isEqualTo("004");
        assertThat(definition.descriptor().publishedOn()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThatSeed(seed).startsWith(definition.descriptor().title() + " Reviews of Local Safeguarding");
        assertThatSeed(seed).contains("Published: 01 June 2015");
    }

    @Test
    void gradeScaleOfSection18BestFirst() {
        assertThat(definition.gradeScale()).extracting(Grade::id, Grade::title).containsExactly(
                tuple("outstanding", "Outstanding"),
                tuple("good", "Good"),
                tuple("requires-improvement", "Requires improvement"),
                tuple("inadequate", "Inadequate"));
        assertThatSeed(clean).contains("18. Inspectors will make their judgements on a four-point scale: "
                + String.join(" ", definition.gradeScale().stream().map(g -> g.title().toLowerCase()).toList())
                + " 19.");
        assertThat(definition.grade("adequate")).isEmpty();
    }

    @Test
    void oneGradedInspectionTypeAsApiMdNamesIt() {
        assertThat(definition.inspectionTypes()).extracting(InspectionType::id, InspectionType::graded)
                .containsExactly(tuple("single-inspection", true));
        assertThatSeed(clean).contains("Section 1. " + definition.inspectionTypes().get(0).title() + " Introduction");
    }

    @Test
    void judgementsWithApiIdsKindsAndNesting() {
        assertThat(definition.judgements()).extracting(Judgement::id, Judgement::kind, Judgement::within)
                .containsExactly(
                        tuple("overall-effectiveness", JudgementKind.OVERALL, null),
                        tuple("help-and-protection", JudgementKind.KEY, null),
                        tuple("looked-after-and-permanence", JudgementKind.KEY, null),
                        tuple("leadership-management-governance", JudgementKind.KEY, null),
                        tuple("adoption-performance", JudgementKind.GRADED, "looked-after-and-permanence"),
                        tuple("care-leavers", JudgementKind.GRADED, "looked-after-and-permanence"));
    }

    @Test
    void judgementTitlesAreTheSeedsHeadings() {
        for (Judgement j : definition.judgements()) {
            String heading = j.kind() == JudgementKind.KEY ? "Key judgement: " + j.title() : j.title();
            // The contents page lists each heading with its page number; the body prints it before its text.
            assertThatSeed(clean).as(j.id()).containsPattern(java.util.regex.Pattern.quote(heading) + " \\d+ ");
        }
        // 004 §16 names them in the same order: overall, the three key judgements, the graded ones within the second.
        assertThatSeed(clean).contains("The overall effectiveness judgement is a cumulative judgement derived from: "
                + "the experiences and progress of children who need help and protection the experiences and progress "
                + "of children looked after and achieving permanence including graded judgements on: adoption "
                + "performance the experiences and progress of care leavers leadership, management and governance.");
    }

    @Test
    void definitionCarriesTheDataClasses() {
        assertThat(definition.criteria()).isEqualTo(SifCriteria.ALL);
        assertThat(definition.childLists()).isEqualTo(SifChildLists.ALL);
        assertThat(definition.inspectionTypes()).isEqualTo(SifInspectionTypes.ALL);
        assertThat(definition.judgements()).isEqualTo(SifJudgements.ALL);
        assertThat(definition.criteria()).allSatisfy(c -> assertThat(definition.judgement(c.judgement())).isPresent());
        assertThat(new SifFramework().judgementRules()).isSameAs(SifFramework.RULES);
    }
}
