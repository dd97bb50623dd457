package org.inspectra.framework.lscb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.List;

import org.inspectra.api.framework.GradeDescriptor;
import org.junit.jupiter.api.Test;

/** The LSCB judgement's descriptors held against 004 §41 and the descriptor table after it. */
class LscbJudgementTest {

    private final String clean = LscbSeed.clean();
    private final List<GradeDescriptor> descriptors = LscbJudgement.EFFECTIVENESS.descriptors();

    @Test
    void allFourGradesInScaleOrderCitingSection41() {
        assertThat(descriptors).extracting(GradeDescriptor::grade)
                .containsExactly("outstanding", "good", "requires-improvement", "inadequate");
        assertThat(descriptors).extracting(GradeDescriptor::source).containsOnly("004 §41");
        assertThat(LscbJudgement.EFFECTIVENESS.source()).isEqualTo("004 §36-41");
        assertThat(descriptors.get(1).statements()).isEqualTo(LscbCriteria.GOOD);
    }

    /** The "good" list, then one statement for each other grade, then Annex A: the data laid end to end is the seed. */
    @Test
    void descriptorsAreTheSeedsRunOfText() {
        String run = "41. The LSCB is likely to be judged to be good if: "
                + String.join(" ", descriptors.get(1).statements())
                + " Outstanding " + single(descriptors.get(0))
                + " Requires improvement " + single(descriptors.get(2))
                + " Inadequate " + single(descriptors.get(3))
                + " Annex A. Identifying cases for tracking and sampling";
        assertThatSeed(clean).contains(run);
    }

    @Test
    void summaryIsTheParagraphBeforeSection41() {
        assertThatSeed(clean).contains("arrange for it to be published in such manner as the LSCB considers "
                + "appropriate. " + LscbJudgement.SUMMARY + " 41. The LSCB is likely");
    }

    @Test
    void statementsAreCleanOfPdfFurniture() {
        for (GradeDescriptor d : descriptors) {
            assertThat(d.statements()).allSatisfy(s -> assertThat(s).isEqualTo(s.strip()).doesNotContain("  ")
                    .doesNotContain("\n").doesNotContain("*")
                    .doesNotContainPattern("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u25a0]"));
        }
    }

    private static String single(GradeDescriptor d) {
        assertThat(d.statements()).as(d.grade()).hasSize(1);
        return d.statements().get(0);
    }
}
