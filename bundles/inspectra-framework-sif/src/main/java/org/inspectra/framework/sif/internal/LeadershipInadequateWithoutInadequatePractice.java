package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.PRACTICE_JUDGEMENTS;

import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/**
 * Soft: leadership, management and governance judged inadequate while neither practice judgement is.
 *
 * <p>004 §35, "Inadequate": "Leadership, management and governance are likely to be inadequate if either of the two
 * main judgements is inadequate and leaders and managers have not been able to demonstrate sufficient understanding of
 * the failure." The seed does not forbid an inadequate leadership judgement otherwise ("best fit", §17), so the rule
 * warns, once both practice judgements are graded. An inadequate leadership judgement makes the overall judgement
 * inadequate ({@link OverallInadequateWhenKeyInadequate}), which is why it is worth a second look.
 */
final class LeadershipInadequateWithoutInadequatePractice implements JudgementRule {

    static final String ID = "leadership-inadequate-without-inadequate-practice";
    static final String SOURCE = "004 §35";

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
        if (!INADEQUATE.equals(grades.get(LEADERSHIP_MANAGEMENT_GOVERNANCE))) {
            return Optional.empty();
        }
        boolean allPracticeGraded = PRACTICE_JUDGEMENTS.stream().allMatch(grades::containsKey);
        boolean anyPracticeInadequate = PRACTICE_JUDGEMENTS.stream().anyMatch(j -> INADEQUATE.equals(grades.get(j)));
        if (!allPracticeGraded || anyPracticeInadequate) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, LEADERSHIP_MANAGEMENT_GOVERNANCE, RuleStrength.SOFT,
                "Leadership, management and governance is judged inadequate although neither main judgement is"
                        + " inadequate; the descriptor expects it \"if either of the two main judgements is"
                        + " inadequate\" and leaders have not shown sufficient understanding of the failure (004 §35).",
                SOURCE));
    }
}
