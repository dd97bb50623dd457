package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.CHILDREN_IN_CARE;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.HELP_AND_PROTECTION;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.IMPACT_OF_LEADERS;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inspectra.api.framework.Criterion;
import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.Judgement;
import org.junit.jupiter.api.Test;

/** The 17 headings and the judgement descriptors held against 000 §60, §248-250. */
class IlacsCriteriaTest {

    private static final Map<String, String> SECTIONS = Map.of(HELP_AND_PROTECTION, "000 §248",
            CHILDREN_IN_CARE, "000 §249", IMPACT_OF_LEADERS, "000 §250");

    private final String seed = Seed.text();

    @Test
    void seventeenHeadingsSplitSixSevenFour() {
        // 000 §60: "record their evidence under the 17 headings in the evaluation criteria"
        assertThatSeed(seed).contains("record their evidence under the 17 headings in the evaluation criteria");
        assertThat(IlacsCriteria.ALL).hasSize(17);
        Map<String, Long> perJudgement = IlacsCriteria.ALL.stream()
                .collect(Collectors.groupingBy(Criterion::judgement, Collectors.counting()));
        assertThat(perJudgement).containsExactlyInAnyOrderEntriesOf(Map.of(
                HELP_AND_PROTECTION, 6L, CHILDREN_IN_CARE, 7L, IMPACT_OF_LEADERS, 4L));
    }

    @Test
    void idsAreTheHeadingsInKebabCaseAndUnique() {
        for (Criterion c : IlacsCriteria.ALL) {
            assertThat(c.id()).as(c.title()).isEqualTo(kebab(c.title()));
        }
        assertThat(IlacsCriteria.ALL).extracting(Criterion::id).doesNotHaveDuplicates();
    }

    @Test
    void eachCriterionIsGoodDescriptorsOnlyWithItsSource() {
        for (Criterion c : IlacsCriteria.ALL) {
            assertThat(c.source()).as(c.id()).isEqualTo(SECTIONS.get(c.judgement()));
            assertThat(c.descriptors()).as(c.id()).singleElement().satisfies(d -> {
                assertThat(d.grade()).isEqualTo(IlacsGrades.GOOD);
                assertThat(d.source()).isEqualTo(c.source());
                assertThat(d.statements()).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo(s.strip())
                        .doesNotContain("  ").doesNotContain("\n").doesNotContain("\uf06e"));
            });
        }
    }

    @Test
    void everyStatementAppearsInTheSeed() {
        for (Criterion c : IlacsCriteria.ALL) {
            assertThatSeed(seed).as(c.id()).contains(c.title());
            for (String statement : c.descriptors().get(0).statements()) {
                assertThatSeed(seed).as(c.id()).contains(Seed.normalise(statement));
            }
        }
    }

    /**
     * Stronger than containment: each heading is followed in the seed by exactly its statements and then by the next
     * heading or the "Outstanding" descriptor that closes the judgement, so no bullet is missing, added or misplaced.
     */
    @Test
    void eachHeadingBlockIsExactlyItsStatementsInSeedOrder() {
        List<Criterion> all = IlacsCriteria.ALL;
        int previousEnd = seed.indexOf("Evaluation criteria and grade descriptors");
        for (int i = 0; i < all.size(); i++) {
            Criterion c = all.get(i);
            String statements = String.join(" ", c.descriptors().get(0).statements());
            Matcher m = Pattern.compile(Pattern.quote(c.title()) + "\\.? " + Pattern.quote(statements) + " ")
                    .matcher(seed);
            assertThat(m.find(previousEnd)).as("heading block of %s after offset %d", c.id(), previousEnd).isTrue();
            String next = i + 1 < all.size() && all.get(i + 1).judgement().equals(c.judgement())
                    ? all.get(i + 1).title()
                    : "Outstanding";
            assertThatSeed(seed.substring(m.end())).as("what follows %s", c.id()).startsWith(next);
            previousEnd = m.end();
        }
    }

    @Test
    void criteriaSitUnderTheirJudgementSection() {
        int helpAndProtection = seed.indexOf("248. A local authority is likely to be judged good");
        int childrenInCare = seed.indexOf("249. This area is likely to be judged good");
        int leaders = seed.indexOf("250. This judgement is likely to be judged good");
        int annexA = seed.indexOf("Annex A. Information we request");
        assertThat(List.of(helpAndProtection, childrenInCare, leaders, annexA)).isSorted().doesNotContain(-1);
        Map<String, int[]> sections = Map.of(HELP_AND_PROTECTION, new int[] {helpAndProtection, childrenInCare},
                CHILDREN_IN_CARE, new int[] {childrenInCare, leaders}, IMPACT_OF_LEADERS, new int[] {leaders, annexA});
        for (Criterion c : IlacsCriteria.ALL) {
            int at = seed.indexOf(Seed.normalise(c.descriptors().get(0).statements().get(0)));
            int[] section = sections.get(c.judgement());
            assertThat(at).as(c.id()).isBetween(section[0], section[1]);
        }
    }

    @Test
    void judgementDescriptorsFollowTheSeedOutstandingRequiresImprovementInadequate() {
        Map<String, Judgement> judgements = IlacsJudgements.ALL.stream()
                .collect(Collectors.toMap(Judgement::id, Function.identity()));
        for (String id : List.of(HELP_AND_PROTECTION, CHILDREN_IN_CARE, IMPACT_OF_LEADERS)) {
            List<GradeDescriptor> descriptors = judgements.get(id).descriptors();
            assertThat(descriptors).extracting(GradeDescriptor::grade)
                    .containsExactly("outstanding", "requires-improvement", "inadequate");
            String block = "Outstanding " + statement(descriptors.get(0)) + " Requires improvement to be good "
                    + statement(descriptors.get(1)) + " Inadequate " + statement(descriptors.get(2));
            assertThatSeed(seed).as(id).contains(block);
            assertThat(descriptors).extracting(GradeDescriptor::source).containsOnly(SECTIONS.get(id));
        }
        assertThat(judgements.get(IlacsJudgements.OVERALL_EFFECTIVENESS).descriptors()).isEmpty();
    }

    private static String statement(GradeDescriptor d) {
        assertThat(d.statements()).hasSize(1);
        return Seed.normalise(d.statements().get(0));
    }

    /** The id rule: lower case, apostrophes dropped, every other run of non-alphanumerics a hyphen. */
    private static String kebab(String title) {
        return title.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
