package org.inspectra.framework.lscb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.List;
import java.util.regex.Pattern;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;
import org.junit.jupiter.api.Test;

/** The criteria of the LSCB review held against 004 §38 and §41. */
class LscbCriteriaTest {

    private final String clean = LscbSeed.clean();

    @Test
    void elevenBulletsOfSection41AndTheConsiderationOfSection38() {
        assertThat(LscbCriteria.ALL).hasSize(12);
        assertThat(LscbCriteria.ALL).extracting(Criterion::judgement).containsOnly("lscb-effectiveness");
        List<Criterion> bullets = LscbCriteria.ALL.subList(0, 11);
        for (int n = 1; n <= 11; n++) {
            assertThat(bullets.get(n - 1).id()).isEqualTo(String.format("lscb-effectiveness-%02d", n));
        }
        assertThat(LscbCriteria.ALL.get(11).id()).isEqualTo("lscb-evaluation-of-partners");
        assertThat(LscbCriteria.ALL).extracting(Criterion::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThatSeed(clean).contains("Inspectors will use these criteria to evaluate the effectiveness of the LSCB "
                + "in meeting its statutory functions.");
    }

    @Test
    void eachBulletIsAGoodDescriptorTitledByItsFirstSentence() {
        for (Criterion c : LscbCriteria.ALL.subList(0, 11)) {
            assertThat(c.source()).isEqualTo("004 §41");
            assertThat(c.descriptors()).singleElement().satisfies(d -> {
                assertThat(d.grade()).isEqualTo("good");
                assertThat(d.source()).isEqualTo("004 §41");
                assertThat(d.statements()).singleElement().satisfies(s -> assertThat(s)
                        .matches(Pattern.quote(c.title()) + "[.?]( [A-Z'].*)?"));
            });
            assertThatSeed(clean).as(c.id()).contains(c.title());
        }
        assertThat(LscbCriteria.ALL.subList(0, 11)).extracting(c -> c.descriptors().get(0).statements().get(0))
                .containsExactlyElementsOf(LscbCriteria.GOOD);
        // the bullets, whole and in order
        assertThatSeed(clean).contains("41. The LSCB is likely to be judged to be good if: "
                + String.join(" ", LscbCriteria.GOOD) + " Outstanding ");
    }

    @Test
    void section38AddsTheBoardsEvaluationOfPartners() {
        Criterion c = LscbCriteria.CONSIDERED_IN_ADDITION;
        assertThat(c.source()).isEqualTo("004 §38");
        assertThat(c.descriptors()).extracting(GradeDescriptor::grade).isEmpty();
        assertThatSeed(clean).contains("In addition, inspectors will consider " + c.title() + ".");
    }
}
