package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.IMPACT_OF_LEADERS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.PRACTICE_JUDGEMENTS;

import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/**
 * Soft: the impact of leaders judged inadequate while neither practice judgement is.
 *
 * <p>000 §250 describes inadequate leaders as the case where "either of the two practice judgements is inadequate
 * and leaders and managers have not been able to demonstrate sufficient understanding of the failure". The seed does
 * not forbid inadequate leaders otherwise ("best fit", §98), so the rule warns. It can only be judged once both
 * practice judgements are graded.
 */
final class LeadersInadequateWithoutInadequatePractice implements JudgementRule {

    static final String ID = "leaders-inadequate-without-inadequate-practice";
    static final String SOURCE = "000 §250";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleStrength strength() {
        return RuleStrength.SOFT;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Optional<RuleBreach> check(Map<String, String> grades) {
        if (!INADEQUATE.equals(grades.get(IMPACT_OF_LEADERS))) {
            return Optional.empty();
        }
        boolean allPracticeGraded = PRACTICE_JUDGEMENTS.stream().allMatch(grades::containsKey);
        boolean anyPracticeInadequate = PRACTICE_JUDGEMENTS.stream().anyMatch(j -> INADEQUATE.equals(grades.get(j)));
        if (!allPracticeGraded || anyPracticeInadequate) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, IMPACT_OF_LEADERS, RuleStrength.SOFT,
                "The impact of leaders is judged inadequate although neither practice judgement is inadequate; the"
                        + " descriptor expects it \"if either of the two practice judgements is inadequate\" and"
                        + " leaders have not shown sufficient understanding of the failure (000 §250).",
                SOURCE));
    }
}
