package org.inspectra.framework.lac.internal;

import static org.inspectra.framework.lac.internal.LacGrades.GOOD;
import static org.inspectra.framework.lac.internal.LacGrades.INADEQUATE;
import static org.inspectra.framework.lac.internal.LacGrades.OUTSTANDING;
import static org.inspectra.framework.lac.internal.LacJudgements.OUTCOMES;
import static org.inspectra.framework.lac.internal.LacJudgements.OVERALL_EFFECTIVENESS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Soft: overall effectiveness judged good or outstanding while outcomes for looked after children and care leavers
 * are judged inadequate.
 *
 * <p>The 2013 framework states no rule that binds one grade to another: it lists the judgements (002 §16, §34), the
 * scale (§18) and leaves the grade descriptors to a separate document (§15). So there is no hard rule, and this is the
 * only soft one its words support: "These inspections focus on evaluating outcomes for children and young people and
 * the impact that practice and services have on improving outcomes" (§2), and inspection activity focuses "on
 * evaluating the outcomes for children and young people looked after and the quality and impact of services in
 * helping to improve outcomes" (§19). A good or better overall judgement beside inadequate outcomes goes against that
 * focus, but nothing in the seed forbids it, so the rule warns and asks for a rationale.
 */
final class OverallGoodBesideInadequateOutcomes extends HeldByInadequacy {

    static final String ID = "overall-good-beside-inadequate-outcomes";
    static final String SOURCE = "002 §2, §19";

    OverallGoodBesideInadequateOutcomes() {
        super(ID, RuleStrength.SOFT, SOURCE, OVERALL_EFFECTIVENESS,
                grade -> GOOD.equals(grade) || OUTSTANDING.equals(grade), List.of(OUTCOMES), INADEQUATE,
                (overall, inadequate) -> "Overall effectiveness is judged " + overall + " while outcomes for looked"
                        + " after children and care leavers are inadequate; these inspections \"focus on evaluating"
                        + " outcomes for children and young people and the impact that practice and services have on"
                        + " improving outcomes\" (002 §2): record why overall effectiveness stands above the"
                        + " outcomes.");
    }
}
