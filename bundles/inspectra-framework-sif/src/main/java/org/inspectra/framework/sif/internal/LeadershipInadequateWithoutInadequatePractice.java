package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.PRACTICE_JUDGEMENTS;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.InadequateNeedsInadequacy;

/**
 * Soft: leadership, management and governance judged inadequate while neither practice judgement is.
 *
 * <p>004 §35, "Inadequate": "Leadership, management and governance are likely to be inadequate if either of the two
 * main judgements is inadequate and leaders and managers have not been able to demonstrate sufficient understanding of
 * the failure." The seed does not forbid an inadequate leadership judgement otherwise ("best fit", §17), so the rule
 * warns, once both practice judgements are graded. An inadequate leadership judgement makes the overall judgement
 * inadequate ({@link OverallInadequateWhenKeyInadequate}), which is why it is worth a second look.
 */
final class LeadershipInadequateWithoutInadequatePractice extends InadequateNeedsInadequacy {

    static final String ID = "leadership-inadequate-without-inadequate-practice";
    static final String SOURCE = "004 §35";

    LeadershipInadequateWithoutInadequatePractice() {
        super(ID, RuleStrength.SOFT, SOURCE, LEADERSHIP_MANAGEMENT_GOVERNANCE, INADEQUATE, PRACTICE_JUDGEMENTS,
                "Leadership, management and governance is judged inadequate although neither main judgement is"
                        + " inadequate; the descriptor expects it \"if either of the two main judgements is"
                        + " inadequate\" and leaders have not shown sufficient understanding of the failure (004 §35).");
    }
}
