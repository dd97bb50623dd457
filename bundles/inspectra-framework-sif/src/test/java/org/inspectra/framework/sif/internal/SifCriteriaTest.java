package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;
import org.junit.jupiter.api.Test;

/** The 76 criteria held against the "likely to be judged good if" lists of 004 §29, §31, §32, §34, §35. */
class SifCriteriaTest {

    private static final String LABEL = " (applies to adoption judgement).";

    private final String clean = SifSeed.clean();

    @Test
    void oneCriterionPerBulletOfEachGoodList() {
        Map<String, Long> perJudgement = SifCriteria.ALL.stream()
                .collect(Collectors.groupingBy(Criterion::judgement, LinkedHashMap::new, Collectors.counting()));
        assertThat(perJudgement).containsExactly(
                Map.entry("help-and-protection", 21L),
                Map.entry("looked-after-and-permanence", 28L),
                Map.entry("adoption-performance", 5L),
                Map.entry("care-leavers", 11L),
                Map.entry("leadership-management-governance", 11L));
        assertThat(SifCriteria.ALL).hasSize(76);
    }

    @Test
    void idsAreTheJudgementAndTheBulletNumber() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Criterion c : SifCriteria.ALL) {
            int n = seen.merge(c.judgement(), 1, Integer::sum);
            assertThat(c.id()).isEqualTo(String.format("%s-%02d", c.judgement(), n)).matches("[a-z0-9-]+");
        }
        assertThat(SifCriteria.ALL).extracting(Criterion::id).doesNotHaveDuplicates();
    }

    @Test
    void eachCriterionIsItsBulletAsAGoodDescriptorTitledByItsFirstSentence() {
        Map<String, String> sources = Map.of("help-and-protection", "004 §29", "looked-after-and-permanence",
                "004 §31", "adoption-performance", "004 §32", "care-leavers", "004 §34",
                "leadership-management-governance", "004 §35");
        for (Criterion c : SifCriteria.ALL) {
            assertThat(c.source()).as(c.id()).isEqualTo(sources.get(c.judgement()));
            GradeDescriptor good = c.descriptors().get(0);
            assertThat(c.descriptors()).as(c.id()).hasSize(1);
            assertThat(good.grade()).isEqualTo("good");
            assertThat(good.source()).isEqualTo(c.source());
            String statement = good.statements().get(0);
            assertThat(good.statements()).hasSize(1);
            // the title is the whole first sentence: the statement goes on with a new sentence or ends there
            assertThat(statement).as(c.id()).startsWith(c.title())
                    .matches(java.util.regex.Pattern.quote(c.title()) + "[.?]( [A-Z'].*)?");
            assertThat(c.title()).doesNotEndWith(".").doesNotContain("(applies to adoption judgement)");
            assertThatSeed(clean).as(c.id()).contains(c.title());
        }
    }

    @Test
    void statementsFollowEachOtherInTheSeedAsTheirListHasThem() {
        Map<String, String> leads = Map.of(
                "help-and-protection", "29. A local authority is likely to be judged good if: ",
                "looked-after-and-permanence", "31. A local authority is likely to be judged good if: ",
                "adoption-performance", "are met and in addition: ",
                "care-leavers", "is likely to be judged to be good if: ",
                "leadership-management-governance", "are likely to be judged good if: ");
        SifCriteria.GOOD_BY_JUDGEMENT.forEach((judgement, statements) -> {
            String run = leads.get(judgement) + String.join(" ", statements.stream().map(this::labelled).toList())
                    + " Outstanding ";
            assertThatSeed(clean).as(judgement).contains(run);
        });
    }

    /** Exactly the ten bullets of §31 that the seed labels "(applies to adoption judgement)" inform adoption too. */
    @Test
    void labelledCriteriaOfSection31AlsoInformAdoption() {
        assertThat(clean.split(java.util.regex.Pattern.quote("(applies to adoption judgement)"), -1)).hasSize(11);
        List<Criterion> lookedAfter = SifCriteria.ALL.stream()
                .filter(c -> c.judgement().equals("looked-after-and-permanence")).toList();
        for (Criterion c : lookedAfter) {
            String statement = c.descriptors().get(0).statements().get(0);
            String withLabel = statement.substring(0, statement.length() - 1) + LABEL;
            assertThat(clean.contains(withLabel)).as(c.id())
                    .isEqualTo(SifCriteria.ALSO_INFORM_ADOPTION.contains(c.id()));
        }
        assertThat(SifCriteria.ALSO_INFORM_ADOPTION).hasSize(10);
        // footnote 28, printed at the foot of §32
        assertThatSeed(SifSeed.text()).contains("These criteria are located in the looked after children judgement "
                + "and are clearly labelled as applying to children where adoption is being considered or is planned.");
    }

    @Test
    void textIsCleanOfPdfFurniture() {
        for (Criterion c : SifCriteria.ALL) {
            for (String s : c.descriptors().get(0).statements()) {
                assertThat(s).as(c.id()).isEqualTo(s.strip()).doesNotContain("  ").doesNotContain("\n")
                        .doesNotContain("**").doesNotContainPattern("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u25a0]")
                        .doesNotContain("informationsharing").doesNotContain("multiagency");
            }
        }
    }

    private String labelled(String statement) {
        for (Criterion c : SifCriteria.ALL) {
            if (SifCriteria.ALSO_INFORM_ADOPTION.contains(c.id())
                    && c.descriptors().get(0).statements().get(0).equals(statement)) {
                return statement.substring(0, statement.length() - 1) + LABEL;
            }
        }
        return statement;
    }
}
