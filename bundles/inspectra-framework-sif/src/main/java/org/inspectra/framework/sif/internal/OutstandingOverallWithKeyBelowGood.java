package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifJudgements.KEY_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.OVERALL_EFFECTIVENESS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.OutstandingNeedsGood;

/**
 * Soft: overall effectiveness judged outstanding while a key judgement is below good.
 *
 * <p>004 §25, footnote 16: "The characteristics of a good local authority must be met in addition to those describing
 * an outstanding one", and the good local authority of §26 protects children, looks after them well and is well led,
 * the ground of the three key judgements from which overall effectiveness "is derived" (§20). An outstanding overall
 * grade beside requires improvement in one of them is hard to square with that, but the weighing is the team's
 * professional judgement (§20), so the rule warns. (An inadequate key judgement is refused outright by
 * {@link OverallInadequateWhenKeyInadequate}.)
 */
final class OutstandingOverallWithKeyBelowGood extends OutstandingNeedsGood {

    static final String ID = "outstanding-overall-with-key-below-good";
    static final String SOURCE = "004 §20, §25 (footnote 16)";

    OutstandingOverallWithKeyBelowGood() {
        super(ID, RuleStrength.SOFT, SOURCE, OVERALL_EFFECTIVENESS, OUTSTANDING, KEY_JUDGEMENTS,
                SifGrades::belowGood, belowGood ->
                        "Overall effectiveness is judged outstanding while a key judgement is below good ("
                        + String.join(", ", belowGood) + "); \"The characteristics of a good local authority must be"
                        + " met in addition to those describing an outstanding one\" (004 §25, footnote 16).");
    }
}
