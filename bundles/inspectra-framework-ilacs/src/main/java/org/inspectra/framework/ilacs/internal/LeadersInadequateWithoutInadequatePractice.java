package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.IMPACT_OF_LEADERS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.PRACTICE_JUDGEMENTS;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.InadequateNeedsInadequacy;

/**
 * Soft: the impact of leaders judged inadequate while neither practice judgement is.
 *
 * <p>000 §250 describes inadequate leaders as the case where "either of the two practice judgements is inadequate
 * and leaders and managers have not been able to demonstrate sufficient understanding of the failure". The seed does
 * not forbid inadequate leaders otherwise ("best fit", §98), so the rule warns. It can only be judged once both
 * practice judgements are graded.
 */
final class LeadersInadequateWithoutInadequatePractice extends InadequateNeedsInadequacy {

    static final String ID = "leaders-inadequate-without-inadequate-practice";
    static final String SOURCE = "000 §250";

    LeadersInadequateWithoutInadequatePractice() {
        super(ID, RuleStrength.SOFT, SOURCE, IMPACT_OF_LEADERS, INADEQUATE, PRACTICE_JUDGEMENTS,
                "The impact of leaders is judged inadequate although neither practice judgement is inadequate; the"
                        + " descriptor expects it \"if either of the two practice judgements is inadequate\" and"
                        + " leaders have not shown sufficient understanding of the failure (000 §250).");
    }
}
