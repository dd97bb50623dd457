package org.inspectra.judgementrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;
import org.junit.jupiter.api.Test;

/** The three shapes over a four-point scale, as a framework fills them in. */
class JudgementRuleShapesTest {

    private static final String INADEQUATE = "inadequate";

    @Test
    void aJudgementIsHeldByAnInadequateOneBesideItWhereItsGradeBinds() {
        HeldByInadequacy overall = new HeldByInadequacy("held", RuleStrength.HARD, "t §1", "overall",
                grade -> !INADEQUATE.equals(grade), List.of("a", "b"), INADEQUATE,
                (grade, inadequate) -> grade + " beside " + inadequate) {
        };
        assertThat(overall.check(Map.of("overall", "good"))).isEmpty();
        assertThat(overall.check(Map.of("a", INADEQUATE))).as("not graded yet").isEmpty();
        assertThat(overall.check(Map.of("overall", INADEQUATE, "a", INADEQUATE))).isEmpty();
        assertThat(overall.check(Map.of("overall", "good", "b", INADEQUATE, "a", INADEQUATE)))
                .contains(new RuleBreach("held", "overall", RuleStrength.HARD, "good beside [a, b]", "t §1"));
        assertThat(overall.id()).isEqualTo("held");
        assertThat(overall.strength()).isEqualTo(RuleStrength.HARD);
        assertThat(overall.source()).isEqualTo("t §1");
        assertThat(overall.judgement()).isEqualTo("overall");
    }

    @Test
    void outstandingNeedsEveryJudgementBesideItGood() {
        Set<String> belowGood = Set.of("requires-improvement", INADEQUATE);
        OutstandingNeedsGood rule = new OutstandingNeedsGood("outstanding", RuleStrength.SOFT, "t §2", "overall",
                "outstanding", List.of("a", "b"), g -> g != null && belowGood.contains(g),
                below -> "below good: " + below) {
        };
        assertThat(rule.check(Map.of("overall", "good", "a", INADEQUATE))).isEmpty();
        assertThat(rule.check(Map.of("overall", "outstanding", "a", "good"))).isEmpty();
        assertThat(rule.check(Map.of("overall", "outstanding", "a", "requires-improvement")))
                .map(RuleBreach::message).contains("below good: [a (requires-improvement)]");
    }

    @Test
    void inadequateNeedsAnInadequateJudgementBesideItOnceAllAreGraded() {
        InadequateNeedsInadequacy rule = new InadequateNeedsInadequacy("leaders", RuleStrength.SOFT, "t §3",
                "leaders", INADEQUATE, List.of("a", "b"), "leaders inadequate alone") {
        };
        assertThat(rule.check(Map.of("leaders", INADEQUATE, "a", "good"))).as("b not graded yet").isEmpty();
        assertThat(rule.check(Map.of("leaders", INADEQUATE, "a", "good", "b", INADEQUATE))).isEmpty();
        assertThat(rule.check(Map.of("leaders", "good", "a", "good", "b", "good"))).isEmpty();
        assertThat(rule.check(Map.of("leaders", INADEQUATE, "a", "good", "b", "good")))
                .map(RuleBreach::message).contains("leaders inadequate alone");
    }
}
