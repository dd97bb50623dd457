package org.inspectra.framework.lac.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.inspectra.seed.SeedText.assertThatSeed;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;
import org.inspectra.seed.SeedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one soft rule (002 §2, §19) fires exactly when its grades break it; the seed has no hard rule. */
class JudgementRulesTest {

    private static final String OVERALL = "overall-effectiveness";
    private static final String CAPACITY = "capacity-to-improve";
    private static final String LEADERSHIP = "leadership-and-management";
    private static final String PROVISION = "quality-of-provision";
    private static final String OUTCOMES = "outcomes";

    private static final String O = "outstanding";
    private static final String G = "good";
    private static final String A = "adequate";
    private static final String I = "inadequate";

    private final SeedText seed = SeedText.of("002");
    private final JudgementRule rule = new OverallGoodBesideInadequateOutcomes();

    @Test
    void theFrameworkOffersOnlyTheSoftRule() {
        assertThat(new LacFramework().judgementRules())
                .extracting(JudgementRule::id, JudgementRule::strength, JudgementRule::source)
                .containsExactly(tuple("overall-good-beside-inadequate-outcomes", RuleStrength.SOFT, "002 §2, §19"));
        assertThat(LacFramework.RULES).noneMatch(r -> r.strength() == RuleStrength.HARD);
    }

    @Test
    void theRuleRestsOnTheSeedsWords() {
        assertThatSeed(seed.paragraph(2)).contains("These inspections focus on evaluating outcomes for children and "
                + "young people and the impact that practice and services have on improving outcomes.");
        assertThatSeed(seed.paragraph(19)).contains("focus on evaluating the outcomes for children and young people "
                + "looked after and the quality and impact of services in helping to improve outcomes.");
    }

    static Stream<Map<String, String>> breaking() {
        return Stream.of(
                Map.of(OVERALL, G, OUTCOMES, I),
                Map.of(OVERALL, O, OUTCOMES, I),
                Map.of(OVERALL, G, CAPACITY, G, LEADERSHIP, G, PROVISION, G, OUTCOMES, I));
    }

    @ParameterizedTest(name = "fires on {0}")
    @MethodSource("breaking")
    void firesWhenOverallIsGoodOrBetterBesideInadequateOutcomes(Map<String, String> grades) {
        Optional<RuleBreach> breach = rule.check(grades);
        assertThat(breach).hasValueSatisfying(b -> {
            assertThat(b.rule()).isEqualTo(rule.id());
            assertThat(b.judgement()).isEqualTo(OVERALL);
            assertThat(b.strength()).isEqualTo(RuleStrength.SOFT);
            assertThat(b.source()).isEqualTo(rule.source());
            assertThat(b.message()).contains("002 §2").contains(grades.get(OVERALL));
        });
    }

    static Stream<Map<String, String>> holding() {
        return Stream.of(
                Map.of(),
                Map.of(OVERALL, G),
                Map.of(OUTCOMES, I),
                Map.of(OVERALL, A, OUTCOMES, I),
                Map.of(OVERALL, I, OUTCOMES, I),
                Map.of(OVERALL, O, OUTCOMES, A),
                Map.of(OVERALL, G, OUTCOMES, G),
                // Other judgements inadequate do not concern this rule.
                Map.of(OVERALL, G, CAPACITY, I, LEADERSHIP, I, PROVISION, I, OUTCOMES, A),
                Map.of(OVERALL, O, CAPACITY, O, LEADERSHIP, O, PROVISION, O, OUTCOMES, O),
                Map.of(OVERALL, I, CAPACITY, A, LEADERSHIP, I, PROVISION, I, OUTCOMES, I));
    }

    @ParameterizedTest(name = "silent on {0}")
    @MethodSource("holding")
    void silentOtherwise(Map<String, String> grades) {
        assertThat(LacFramework.RULES).allSatisfy(r -> assertThat(r.check(grades)).as(r.id()).isEmpty());
    }
}
