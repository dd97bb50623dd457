package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.GOOD;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.OUTSTANDING;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.IMPACT_OF_LEADERS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.PRACTICE_JUDGEMENTS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Soft: the impact of leaders judged good or outstanding beside an inadequate practice judgement.
 *
 * <p>000 §101: "It is possible for the impact of leaders to be judged good or requires improvement to be good even if
 * any of the other judgements given is inadequate. Inspectors will make this judgement if leaders and managers show
 * sufficient understanding of the widespread or serious failure and have taken effective action to prioritise,
 * challenge and make sustained improvement to services. Inspectors will acknowledge this in the report." The grade is
 * allowed, so the rule warns and asks for that rationale. Requires improvement beside inadequate practice is the
 * ordinary case of the §250 requires-improvement descriptor and is not flagged; outstanding is not among the grades
 * §101 allows, which the message says.
 */
final class LeadersGoodBesideInadequatePractice extends HeldByInadequacy {

    static final String ID = "leaders-good-beside-inadequate-practice";
    static final String SOURCE = "000 §101";

    LeadersGoodBesideInadequatePractice() {
        super(ID, RuleStrength.SOFT, SOURCE, IMPACT_OF_LEADERS,
                grade -> GOOD.equals(grade) || OUTSTANDING.equals(grade), PRACTICE_JUDGEMENTS, INADEQUATE,
                LeadersGoodBesideInadequatePractice::message);
    }

    private static String message(String leaders, List<String> inadequate) {
        String message = "The impact of leaders is judged " + leaders + " beside an inadequate practice judgement ("
                + String.join(", ", inadequate) + "): record how leaders and managers show sufficient understanding"
                + " of the widespread or serious failure and have taken effective action to prioritise, challenge and"
                + " make sustained improvement, and acknowledge it in the report (000 §101).";
        if (OUTSTANDING.equals(leaders)) {
            message += " §101 allows good or requires improvement in this case, not outstanding.";
        }
        return message;
    }
}
