package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifJudgements.GRADED_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.OutstandingNeedsGood;

/**
 * Soft: children looked after and achieving permanence judged outstanding while adoption performance or the
 * experiences and progress of care leavers is below good.
 *
 * <p>The key judgement takes both graded judgements into account (004 §30) and is outstanding only "in addition to
 * meeting the requirements of a 'good' judgement" (§31, "Outstanding"), the principle footnote 16 states for the
 * overall judgement. The weight is the team's to decide (§24), so the rule warns.
 */
final class OutstandingLookedAfterWithGradedBelowGood extends OutstandingNeedsGood {

    static final String ID = "outstanding-looked-after-with-graded-below-good";
    static final String SOURCE = "004 §30-31";

    OutstandingLookedAfterWithGradedBelowGood() {
        super(ID, RuleStrength.SOFT, SOURCE, LOOKED_AFTER_AND_PERMANENCE, OUTSTANDING, GRADED_JUDGEMENTS,
                SifGrades::belowGood, belowGood ->
                        "Children looked after and achieving permanence is judged outstanding while a graded judgement"
                        + " within it is below good (" + String.join(", ", belowGood) + "); the key judgement takes"
                        + " them into account and is outstanding only \"in addition to meeting the requirements of a"
                        + " 'good' judgement\" (004 §30-31).");
    }
}
