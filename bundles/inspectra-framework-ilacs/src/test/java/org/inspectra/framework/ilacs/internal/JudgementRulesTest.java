package org.inspectra.framework.ilacs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.framework.ilacs.internal.Seed.assertThatSeed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule fires exactly when the grades involved are present and break it (000 §99-101, §250). */
class JudgementRulesTest {

    private static final String OVERALL = "overall-effectiveness";
    private static final String HP = "help-and-protection";
    private static final String CIC = "children-in-care";
    private static final String LEADERS = "impact-of-leaders";

    private static final String O = "outstanding";
    private static final String G = "good";
    private static final String RI = "requires-improvement";
    private static final String I = "inadequate";

    private final String seed = Seed.text();

    @Test
    void theFrameworkOffersTheFourRules() {
        assertThat(new IlacsFramework().judgementRules())
                .extracting(JudgementRule::id, JudgementRule::strength, JudgementRule::source)
                .containsExactly(
                        tuple("overall-inadequate-when-practice-inadequate",
                                RuleStrength.HARD, "000 §99-100"),
                        tuple("leaders-inadequate-without-inadequate-practice",
                                RuleStrength.SOFT, "000 §250"),
                        tuple("leaders-good-beside-inadequate-practice",
                                RuleStrength.SOFT, "000 §101"),
                        tuple("outstanding-overall-with-key-below-good",
                                RuleStrength.SOFT, "000 §99"));
    }

    @Test
    void theRulesRestOnTheSeedsWords() {
        assertThatSeed(seed)
                .contains("The overall effectiveness judgement is derived from findings in each of the three other "
                        + "judgement areas.")
                .contains("they will always give an overall effectiveness judgement of inadequate.")
                .contains("It is possible for the impact of leaders to be judged good or requires improvement to be "
                        + "good even if any of the other judgements given is inadequate.")
                .contains("is likely to be inadequate if either of the two practice judgements is inadequate");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // overall-inadequate-when-practice-inadequate (hard, §99-100)
                fires(OverallInadequateWhenPracticeInadequate.ID, OVERALL, Map.of(OVERALL, RI, HP, I)),
                fires(OverallInadequateWhenPracticeInadequate.ID, OVERALL, Map.of(OVERALL, G, CIC, I)),
                fires(OverallInadequateWhenPracticeInadequate.ID, OVERALL, Map.of(OVERALL, O, HP, I, CIC, I)),
                fires(OverallInadequateWhenPracticeInadequate.ID, OVERALL,
                        Map.of(OVERALL, RI, HP, RI, CIC, I, LEADERS, RI)),
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of()),
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of(HP, I, CIC, I)),
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of(OVERALL, G)),
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of(OVERALL, I, HP, I)),
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of(OVERALL, RI, HP, RI, CIC, RI)),
                // an inadequate leaders judgement alone does not bind overall effectiveness
                holds(OverallInadequateWhenPracticeInadequate.ID, Map.of(OVERALL, RI, HP, G, CIC, RI, LEADERS, I)),

                // leaders-inadequate-without-inadequate-practice (soft, §250)
                fires(LeadersInadequateWithoutInadequatePractice.ID, LEADERS, Map.of(LEADERS, I, HP, G, CIC, RI)),
                fires(LeadersInadequateWithoutInadequatePractice.ID, LEADERS,
                        Map.of(LEADERS, I, HP, RI, CIC, RI, OVERALL, I)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(LEADERS, I)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(LEADERS, I, HP, G)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(LEADERS, I, HP, I, CIC, G)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(LEADERS, I, HP, RI, CIC, I)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(LEADERS, RI, HP, G, CIC, G)),
                holds(LeadersInadequateWithoutInadequatePractice.ID, Map.of(HP, G, CIC, G)),

                // leaders-good-beside-inadequate-practice (soft, §101)
                fires(LeadersGoodBesideInadequatePractice.ID, LEADERS, Map.of(LEADERS, G, HP, I)),
                fires(LeadersGoodBesideInadequatePractice.ID, LEADERS, Map.of(LEADERS, G, HP, G, CIC, I)),
                fires(LeadersGoodBesideInadequatePractice.ID, LEADERS, Map.of(LEADERS, O, CIC, I)),
                holds(LeadersGoodBesideInadequatePractice.ID, Map.of(LEADERS, RI, HP, I)),
                holds(LeadersGoodBesideInadequatePractice.ID, Map.of(LEADERS, I, HP, I, CIC, I)),
                holds(LeadersGoodBesideInadequatePractice.ID, Map.of(LEADERS, G, HP, RI, CIC, G)),
                holds(LeadersGoodBesideInadequatePractice.ID, Map.of(LEADERS, O)),
                holds(LeadersGoodBesideInadequatePractice.ID, Map.of(HP, I, CIC, I, OVERALL, I)),

                // outstanding-overall-with-key-below-good (soft, §99)
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, LEADERS, RI)),
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, HP, O, CIC, RI, LEADERS, O)),
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, CIC, I)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, O)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, O, HP, O, CIC, G, LEADERS, O)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, G, HP, RI, CIC, I)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(HP, I, LEADERS, RI)));
    }

    @ParameterizedTest(name = "{0} {2} on {3}")
    @MethodSource("cases")
    void firesExactlyWhenTheGradesBreakIt(String ruleId, String judgement, String outcome, Map<String, String> grades) {
        JudgementRule rule = rule(ruleId);
        Optional<RuleBreach> breach = rule.check(grades);
        if (judgement == null) {
            assertThat(breach).isEmpty();
            return;
        }
        assertThat(breach).hasValueSatisfying(b -> {
            assertThat(b.rule()).isEqualTo(ruleId);
            assertThat(b.judgement()).isEqualTo(judgement);
            assertThat(b.strength()).isEqualTo(rule.strength());
            assertThat(b.source()).isEqualTo(rule.source());
            assertThat(b.message()).contains("000 §");
        });
    }

    /** Every other rule holds on a consistent, fully graded set, so the table above does not hide a stray breach. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("consistentGrades")
    void noRuleFiresOnConsistentGrades(Map<String, String> grades) {
        assertThat(IlacsFramework.RULES).allSatisfy(r -> assertThat(r.check(grades)).as(r.id()).isEmpty());
    }

    static Stream<Map<String, String>> consistentGrades() {
        return Stream.of(
                Map.of(OVERALL, O, HP, O, CIC, O, LEADERS, O),
                Map.of(OVERALL, G, HP, G, CIC, RI, LEADERS, G),
                Map.of(OVERALL, RI, HP, RI, CIC, RI, LEADERS, RI),
                Map.of(OVERALL, I, HP, I, CIC, RI, LEADERS, I),
                Map.of(OVERALL, I, HP, I, CIC, I, LEADERS, RI));
    }

    @Test
    void outstandingLeadersBesideInadequatePracticeSaysSection101DoesNotAllowIt() {
        assertThat(rule(LeadersGoodBesideInadequatePractice.ID).check(Map.of(LEADERS, O, HP, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).contains("not outstanding"));
        assertThat(rule(LeadersGoodBesideInadequatePractice.ID).check(Map.of(LEADERS, G, HP, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).doesNotContain("not outstanding"));
    }

    private static JudgementRule rule(String id) {
        List<JudgementRule> rules = IlacsFramework.RULES;
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }

    private static Arguments fires(String rule, String judgement, Map<String, String> grades) {
        return Arguments.of(rule, judgement, "fires", grades);
    }

    private static Arguments holds(String rule, Map<String, String> grades) {
        return Arguments.of(rule, null, "holds", grades);
    }
}
