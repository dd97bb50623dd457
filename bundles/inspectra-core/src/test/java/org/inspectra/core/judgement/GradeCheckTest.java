package org.inspectra.core.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.Grade;
import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;
import org.junit.jupiter.api.Test;

class GradeCheckTest {

    /** 004 §28 in miniature: overall inadequate where a key judgement is. */
    private static final JudgementRule HARD = rule("overall-follows-key", RuleStrength.HARD, grades ->
            "inadequate".equals(grades.get("key")) && grades.containsKey("overall")
                    && !"inadequate".equals(grades.get("overall")));
    private static final JudgementRule SOFT = rule("outstanding-needs-good", RuleStrength.SOFT, grades ->
            "outstanding".equals(grades.get("overall")) && "requires-improvement".equals(grades.get("key")));

    private final GradeCheck check = new GradeCheck(List.of(HARD, SOFT));

    @Test
    void sortsBreachesIntoHardAndSoft() {
        List<RuleBreach> breaches = check.breaches(Map.of("key", "inadequate", "overall", "good"));
        assertThat(GradeCheck.hard(breaches)).extracting(RuleBreach::rule).containsExactly("overall-follows-key");
        assertThat(GradeCheck.soft(breaches)).isEmpty();

        breaches = check.breaches(Map.of("key", "requires-improvement", "overall", "outstanding"));
        assertThat(GradeCheck.hard(breaches)).isEmpty();
        assertThat(GradeCheck.soft(breaches)).extracting(RuleBreach::rule).containsExactly("outstanding-needs-good");

        assertThat(check.breaches(Map.of("key", "inadequate", "overall", "inadequate"))).isEmpty();
        assertThat(check.breaches(Map.of())).isEmpty();
    }

    @Test
    void checksTheGradesAsTheyWouldStand() {
        Map<String, String> before = Map.of("key", "inadequate");
        assertThat(GradeCheck.hard(check.breaches(GradeCheck.with(before, "overall", "good")))).hasSize(1);
        assertThat(before).doesNotContainKey("overall");
    }

    @Test
    void findsGradesOnTheScaleOnly() {
        List<Grade> lac = List.of(new Grade("outstanding", "Outstanding"), new Grade("adequate", "Adequate"));
        assertThat(GradeCheck.onScale(lac, "adequate")).isPresent();
        assertThat(GradeCheck.onScale(lac, "requires-improvement")).isEmpty();
    }

    private static JudgementRule rule(String id, RuleStrength strength,
                                      java.util.function.Predicate<Map<String, String>> breaks) {
        return new JudgementRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public RuleStrength strength() {
                return strength;
            }

            @Override
            public String source() {
                return "test";
            }

            @Override
            public Optional<RuleBreach> check(Map<String, String> grades) {
                return breaks.test(grades)
                        ? Optional.of(new RuleBreach(id, "overall", strength, id + " breaks", "test"))
                        : Optional.empty();
            }
        };
    }
}
