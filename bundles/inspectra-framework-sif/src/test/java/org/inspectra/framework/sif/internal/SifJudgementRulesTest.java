package org.inspectra.framework.sif.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

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

/** Each rule fires exactly when the grades involved are present and break it (004 §20-31, §35). */
class SifJudgementRulesTest {

    private static final String OVERALL = "overall-effectiveness";
    private static final String HP = "help-and-protection";
    private static final String LAC = "looked-after-and-permanence";
    private static final String LMG = "leadership-management-governance";
    private static final String ADOPTION = "adoption-performance";
    private static final String LEAVERS = "care-leavers";

    private static final String O = "outstanding";
    private static final String G = "good";
    private static final String RI = "requires-improvement";
    private static final String I = "inadequate";

    private final String clean = SifSeed.clean();

    @Test
    void theFrameworkOffersOneHardAndFiveSoftRules() {
        assertThat(new SifFramework().judgementRules())
                .extracting(JudgementRule::id, JudgementRule::strength, JudgementRule::source)
                .containsExactly(
                        tuple("overall-inadequate-when-key-inadequate", RuleStrength.HARD, "004 §21-23, §28"),
                        tuple("graded-inadequate-may-hold-looked-after", RuleStrength.SOFT, "004 §23-24"),
                        tuple("leadership-beside-inadequate-practice", RuleStrength.SOFT, "004 §21-22"),
                        tuple("leadership-inadequate-without-inadequate-practice", RuleStrength.SOFT, "004 §35"),
                        tuple("outstanding-overall-with-key-below-good", RuleStrength.SOFT,
                                "004 §20, §25 (footnote 16)"),
                        tuple("outstanding-looked-after-with-graded-below-good", RuleStrength.SOFT, "004 §30-31"));
    }

    @Test
    void theRulesRestOnTheSeedsWords() {
        assertThatSeed(clean)
                // §21, §28: the hard rule
                .contains("21. Widespread or serious failure resulting in harm or continued risk of harm to children "
                        + "and young people, in either the arrangements to protect or look after them, will always "
                        + "result in an overall effectiveness judgement of inadequate.")
                .contains("A judgement of inadequate is likely to be made if any of the following are judged "
                        + "inadequate:")
                // §22: leadership good or requiring improvement beside inadequacy, moderated by HMCI
                .contains("22. In exceptional cases it may be possible for an overall judgement of inadequacy to be "
                        + "given where inspectors judge the quality of leadership, management and governance to be "
                        + "good or requiring improvement.")
                .contains("Her Majesty's Chief Inspector will consider the evidence and moderate the leadership "
                        + "judgement accordingly.")
                // §23: graded judgements do not limit overall by themselves, but may hold their key judgement
                .contains("will not automatically limit (as is the case for the key judgements) the local authority "
                        + "to overall inadequacy.")
                .contains("the significance may be such that the key judgement is held at inadequate, thereby "
                        + "limiting the overall effectiveness judgement to inadequate.")
                // §30: the looked after judgement takes the graded ones into account
                .contains("inspectors will take into account their judgement on adoption performance and their "
                        + "judgement on the experiences and progress of care leavers.")
                // §35, leadership inadequate
                .contains("are likely to be inadequate if either of the two main judgements is inadequate");
        // footnote 16, on "outstanding" in §25
        assertThatSeed(SifSeed.text()).contains("The characteristics of a good local authority must be met **in "
                + "addition** to those describing an outstanding one.");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // overall-inadequate-when-key-inadequate (hard, §21-23, §28): any of the three key judgements
                fires(OverallInadequateWhenKeyInadequate.ID, OVERALL, Map.of(OVERALL, RI, HP, I)),
                fires(OverallInadequateWhenKeyInadequate.ID, OVERALL, Map.of(OVERALL, G, LAC, I)),
                fires(OverallInadequateWhenKeyInadequate.ID, OVERALL, Map.of(OVERALL, RI, LMG, I)),
                fires(OverallInadequateWhenKeyInadequate.ID, OVERALL, Map.of(OVERALL, O, HP, I, LAC, I, LMG, I)),
                holds(OverallInadequateWhenKeyInadequate.ID, Map.of()),
                holds(OverallInadequateWhenKeyInadequate.ID, Map.of(HP, I, LAC, I)),
                holds(OverallInadequateWhenKeyInadequate.ID, Map.of(OVERALL, I, HP, I)),
                holds(OverallInadequateWhenKeyInadequate.ID, Map.of(OVERALL, RI, HP, RI, LAC, RI, LMG, RI)),
                // graded judgements alone do not limit overall effectiveness (§23)
                holds(OverallInadequateWhenKeyInadequate.ID,
                        Map.of(OVERALL, RI, HP, G, LAC, RI, LMG, RI, ADOPTION, I, LEAVERS, I)),

                // graded-inadequate-may-hold-looked-after (soft, §23-24)
                fires(GradedInadequateMayHoldLookedAfter.ID, LAC, Map.of(LAC, RI, ADOPTION, I)),
                fires(GradedInadequateMayHoldLookedAfter.ID, LAC, Map.of(LAC, G, LEAVERS, I)),
                fires(GradedInadequateMayHoldLookedAfter.ID, LAC, Map.of(LAC, O, ADOPTION, I, LEAVERS, I)),
                holds(GradedInadequateMayHoldLookedAfter.ID, Map.of(ADOPTION, I)),
                holds(GradedInadequateMayHoldLookedAfter.ID, Map.of(LAC, I, ADOPTION, I)),
                holds(GradedInadequateMayHoldLookedAfter.ID, Map.of(LAC, RI, ADOPTION, RI, LEAVERS, RI)),
                // an inadequate practice judgement elsewhere is not this rule's business
                holds(GradedInadequateMayHoldLookedAfter.ID, Map.of(LAC, G, HP, I, LMG, I)),

                // leadership-beside-inadequate-practice (soft, §21-22)
                fires(LeadershipBesideInadequatePractice.ID, LMG, Map.of(LMG, G, HP, I)),
                fires(LeadershipBesideInadequatePractice.ID, LMG, Map.of(LMG, RI, LAC, I)),
                fires(LeadershipBesideInadequatePractice.ID, LMG, Map.of(LMG, O, HP, I, LAC, I, OVERALL, I)),
                holds(LeadershipBesideInadequatePractice.ID, Map.of(HP, I, LAC, I)),
                holds(LeadershipBesideInadequatePractice.ID, Map.of(LMG, I, HP, I)),
                holds(LeadershipBesideInadequatePractice.ID, Map.of(LMG, G, HP, RI, LAC, RI)),
                // graded judgements are not practice judgements in §21's sense
                holds(LeadershipBesideInadequatePractice.ID, Map.of(LMG, G, ADOPTION, I, LEAVERS, I)),

                // leadership-inadequate-without-inadequate-practice (soft, §35)
                fires(LeadershipInadequateWithoutInadequatePractice.ID, LMG, Map.of(LMG, I, HP, G, LAC, RI)),
                fires(LeadershipInadequateWithoutInadequatePractice.ID, LMG,
                        Map.of(LMG, I, HP, RI, LAC, RI, ADOPTION, I, OVERALL, I)),
                holds(LeadershipInadequateWithoutInadequatePractice.ID, Map.of(LMG, I)),
                holds(LeadershipInadequateWithoutInadequatePractice.ID, Map.of(LMG, I, HP, G)),
                holds(LeadershipInadequateWithoutInadequatePractice.ID, Map.of(LMG, I, HP, G, LAC, I)),
                holds(LeadershipInadequateWithoutInadequatePractice.ID, Map.of(LMG, RI, HP, G, LAC, G)),

                // outstanding-overall-with-key-below-good (soft, footnote 16)
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, LMG, RI)),
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, HP, O, LAC, RI, LMG, O)),
                fires(OutstandingOverallWithKeyBelowGood.ID, OVERALL, Map.of(OVERALL, O, HP, I)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, O)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, O, HP, O, LAC, G, LMG, O)),
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, G, HP, RI, LAC, RI)),
                // graded judgements are weighed through their key judgement, not directly here
                holds(OutstandingOverallWithKeyBelowGood.ID, Map.of(OVERALL, O, HP, O, LAC, O, LMG, O, ADOPTION, RI)),

                // outstanding-looked-after-with-graded-below-good (soft, §30-31)
                fires(OutstandingLookedAfterWithGradedBelowGood.ID, LAC, Map.of(LAC, O, ADOPTION, RI)),
                fires(OutstandingLookedAfterWithGradedBelowGood.ID, LAC, Map.of(LAC, O, ADOPTION, O, LEAVERS, I)),
                holds(OutstandingLookedAfterWithGradedBelowGood.ID, Map.of(LAC, O)),
                holds(OutstandingLookedAfterWithGradedBelowGood.ID, Map.of(LAC, O, ADOPTION, G, LEAVERS, O)),
                holds(OutstandingLookedAfterWithGradedBelowGood.ID, Map.of(LAC, G, ADOPTION, RI, LEAVERS, RI)),
                holds(OutstandingLookedAfterWithGradedBelowGood.ID, Map.of(LAC, O, HP, RI, LMG, RI)));
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
            assertThat(b.message()).contains("004 §");
        });
    }

    /** No rule fires on a consistent, fully graded set, so the table above does not hide a stray breach. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("consistentGrades")
    void noRuleFiresOnConsistentGrades(Map<String, String> grades) {
        assertThat(SifFramework.RULES).allSatisfy(r -> assertThat(r.check(grades)).as(r.id()).isEmpty());
    }

    static Stream<Map<String, String>> consistentGrades() {
        return Stream.of(
                Map.of(OVERALL, O, HP, O, LAC, O, LMG, O, ADOPTION, O, LEAVERS, G),
                Map.of(OVERALL, G, HP, G, LAC, G, LMG, G, ADOPTION, RI, LEAVERS, G),
                Map.of(OVERALL, RI, HP, RI, LAC, RI, LMG, RI, ADOPTION, RI, LEAVERS, RI),
                Map.of(OVERALL, I, HP, I, LAC, RI, LMG, I, ADOPTION, G, LEAVERS, RI),
                Map.of(OVERALL, I, HP, RI, LAC, I, LMG, I, ADOPTION, I, LEAVERS, I));
    }

    @Test
    void outstandingLeadershipBesideInadequatePracticeSaysSection22DoesNotContemplateIt() {
        assertThat(rule(LeadershipBesideInadequatePractice.ID).check(Map.of(LMG, O, HP, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).contains("not outstanding"));
        assertThat(rule(LeadershipBesideInadequatePractice.ID).check(Map.of(LMG, G, HP, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).doesNotContain("not outstanding")
                        .contains("Her Majesty's Chief Inspector"));
    }

    @Test
    void messagesNameTheJudgementsThatBreakTheRule() {
        assertThat(rule(OverallInadequateWhenKeyInadequate.ID).check(Map.of(OVERALL, G, LAC, I, LMG, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).contains(LAC + ", " + LMG).doesNotContain(HP));
        assertThat(rule(GradedInadequateMayHoldLookedAfter.ID).check(Map.of(LAC, RI, LEAVERS, I)))
                .hasValueSatisfying(b -> assertThat(b.message()).contains(LEAVERS).doesNotContain(ADOPTION));
        assertThat(rule(OutstandingOverallWithKeyBelowGood.ID).check(Map.of(OVERALL, O, HP, RI)))
                .hasValueSatisfying(b -> assertThat(b.message()).contains(HP + " (" + RI + ")"));
    }

    private static JudgementRule rule(String id) {
        List<JudgementRule> rules = SifFramework.RULES;
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
