package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.framework.sif.internal.SifJudgements.ADOPTION_PERFORMANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.CARE_LEAVERS;
import static org.inspectra.framework.sif.internal.SifJudgements.HELP_AND_PROTECTION;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;
import static org.inspectra.framework.sif.internal.SifJudgements.OVERALL_EFFECTIVENESS;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.Judgement;
import org.junit.jupiter.api.Test;

/** The judgements' descriptors held against 004 §25-35, whole and in the seed's order. */
class SifJudgementsTest {

    private final String clean = SifSeed.clean();
    private final Map<String, Judgement> judgements = SifJudgements.ALL.stream()
            .collect(Collectors.toMap(Judgement::id, Function.identity()));

    @Test
    void everyJudgementHasAllFourGradesInScaleOrder() {
        for (Judgement j : SifJudgements.ALL) {
            assertThat(j.descriptors()).as(j.id()).extracting(GradeDescriptor::grade)
                    .containsExactly("outstanding", "good", "requires-improvement", "inadequate");
            assertThat(j.descriptors()).as(j.id()).allSatisfy(d -> {
                assertThat(d.statements()).isNotEmpty();
                assertThat(d.source()).startsWith("004 §");
                assertThat(d.statements()).allSatisfy(s -> assertThat(s).isEqualTo(s.strip())
                        .doesNotContain("  ").doesNotContain("\n").doesNotContain("**").doesNotContain("\u25a0"));
            });
        }
    }

    /** §25-28 are the four descriptors of overall effectiveness, each exactly its paragraph's bullets. */
    @Test
    void overallEffectivenessIsParagraphs25To28() {
        List<GradeDescriptor> d = judgements.get(OVERALL_EFFECTIVENESS).descriptors();
        assertThat(d).extracting(GradeDescriptor::source).containsExactly("004 §25", "004 §26", "004 §27", "004 §28");
        assertThat(join(d.get(0))).isEqualTo(SifSeed.between(clean, "25. In an outstanding local authority:", " 26."));
        assertThat(join(d.get(1))).isEqualTo(SifSeed.between(clean, "26. In a good local authority:", " 27."));
        assertThat(join(d.get(2)))
                .isEqualTo(SifSeed.between(clean, "27. In a local authority that requires improvement:", " 28."));
        assertThat(join(d.get(3))).isEqualTo(SifSeed.between(clean, "28. In a local authority that is inadequate:",
                " Key judgement: The experiences and progress of children who need help and protection Children"));
        // The inadequate descriptor names the three key judgements, as SifJudgements.KEY_JUDGEMENTS holds them.
        assertThat(d.get(3).statements().subList(2, 5)).containsExactly(
                "the experiences and progress of children who need help and protection",
                "the experiences and progress of children looked after and achieving permanence",
                "leadership, management and governance.");
        assertThat(SifJudgements.KEY_JUDGEMENTS).containsExactly(HELP_AND_PROTECTION, LOOKED_AFTER_AND_PERMANENCE,
                LEADERSHIP_MANAGEMENT_GOVERNANCE);
    }

    /**
     * For the five other judgements the seed prints the "good" list, then "Outstanding", "Requires improvement" and
     * "Inadequate" with one statement each, then the next heading: the data, laid end to end, must be that run of text.
     */
    @Test
    void eachJudgementsDescriptorsAreTheSeedsRunOfText() {
        assertRun(HELP_AND_PROTECTION, "29. A local authority is likely to be judged good if:",
                "Key judgement: The experiences and progress of children looked after and achieving permanence");
        assertRun(LOOKED_AFTER_AND_PERMANENCE, "31. A local authority is likely to be judged good if:",
                "Adoption performance Suitable adoptive families");
        assertRun(ADOPTION_PERFORMANCE, "32.", "The experiences and progress of care leavers Young people");
        assertRun(CARE_LEAVERS,
                "34. The experiences and progress of care leavers is likely to be judged to be good if:",
                "Key judgement: Leadership, management and governance Leadership");
        assertRun(LEADERSHIP_MANAGEMENT_GOVERNANCE,
                "35. Leadership, management and governance are likely to be judged good if:",
                "Section 2: The effectiveness of the Local Safeguarding Children Board (LSCB) 36.");
    }

    @Test
    void goodDescriptorsAreTheCriteriaStatements() {
        for (Map.Entry<String, List<String>> e : SifCriteria.GOOD_BY_JUDGEMENT.entrySet()) {
            List<String> good = judgements.get(e.getKey()).descriptors().get(1).statements();
            if (e.getKey().equals(ADOPTION_PERFORMANCE)) {
                // §32's lead-in refers back to the labelled criteria of §31 before adoption's own five.
                assertThat(good.get(0)).startsWith("Adoption is likely to be judged good if the criteria identified "
                        + "in the earlier judgement for looked after children");
                good = good.subList(1, good.size());
            }
            assertThat(good).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void descriptorsCiteTheParagraphTheyFollow() {
        Map<String, String> paragraph = Map.of(HELP_AND_PROTECTION, "004 §29", LOOKED_AFTER_AND_PERMANENCE, "004 §31",
                ADOPTION_PERFORMANCE, "004 §32", CARE_LEAVERS, "004 §34", LEADERSHIP_MANAGEMENT_GOVERNANCE, "004 §35");
        paragraph.forEach((id, source) -> assertThat(judgements.get(id).descriptors())
                .extracting(GradeDescriptor::source).containsOnly(source));
        // §16 lists every judgement; §20-23 weigh them; the graded ones are also the subject of §23.
        assertThat(SifJudgements.ALL).extracting(Judgement::source).containsExactly(
                "004 §16, §20-22, §25-28", "004 §16, §29", "004 §16, §30-31", "004 §16, §35", "004 §16, §23, §32",
                "004 §16, §23, §33-34");
    }

    @Test
    void introductionsAreTheParagraphsUnderEachHeading() {
        assertThat(JudgementIntroductions.ALL).extracting(JudgementIntroductions.Introduction::judgement)
                .containsExactly(HELP_AND_PROTECTION, LOOKED_AFTER_AND_PERMANENCE, ADOPTION_PERFORMANCE, CARE_LEAVERS,
                        LEADERSHIP_MANAGEMENT_GOVERNANCE);
        for (JudgementIntroductions.Introduction intro : JudgementIntroductions.ALL) {
            Judgement j = judgements.get(intro.judgement());
            String heading = (j.kind() == org.inspectra.api.framework.JudgementKind.KEY ? "Key judgement: " : "")
                    + j.title();
            // the heading, then exactly the summary, then the first numbered paragraph of the section
            assertThatSeed(clean).as(intro.judgement()).containsPattern(java.util.regex.Pattern.quote(
                    heading + " " + intro.summary() + " ") + "\\d\\d\\. ");
        }
        assertThat(JudgementIntroductions.of(LOOKED_AFTER_AND_PERMANENCE).orElseThrow().takenIntoAccount())
                .singleElement().satisfies(p -> assertThatSeed(clean).contains("30. " + p + " 31."));
        assertThat(JudgementIntroductions.of(CARE_LEAVERS).orElseThrow().takenIntoAccount())
                .singleElement().satisfies(p -> assertThatSeed(clean).contains("33. " + p + " 34."));
        assertThat(JudgementIntroductions.of(OVERALL_EFFECTIVENESS)).isEmpty();
    }

    private void assertRun(String judgement, String lead, String next) {
        List<GradeDescriptor> d = judgements.get(judgement).descriptors();
        List<String> good = new ArrayList<>(d.get(1).statements());
        if (judgement.equals(LOOKED_AFTER_AND_PERMANENCE)) {
            // put back the label the data holds apart (SifCriteria.LOOKED_AFTER_BULLETS_FOR_ADOPTION)
            for (int n : SifCriteria.LOOKED_AFTER_BULLETS_FOR_ADOPTION) {
                String s = good.get(n - 1);
                good.set(n - 1, s.substring(0, s.length() - 1) + " (applies to adoption judgement).");
            }
        }
        String run = lead + " " + String.join(" ", good)
                + " Outstanding " + single(d.get(0))
                + " Requires improvement " + single(d.get(2))
                + " Inadequate " + single(d.get(3))
                + " " + next;
        assertThatSeed(clean).as(judgement).contains(run);
    }

    private static String single(GradeDescriptor d) {
        assertThat(d.statements()).as(d.grade()).hasSize(1);
        return d.statements().get(0);
    }

    private static String join(GradeDescriptor d) {
        return String.join(" ", d.statements());
    }
}
