package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifJudgements.GRADED_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Soft: adoption performance or the experiences and progress of care leavers inadequate while the key judgement they
 * sit in, children looked after and achieving permanence, is not.
 *
 * <p>004 §23: inadequate graded judgements "will not automatically limit" the overall judgement, but "They will
 * influence the key judgement to which they relate and in some instances where they are judged inadequate, the
 * significance may be such that the key judgement is held at inadequate, thereby limiting the overall effectiveness
 * judgement to inadequate." §24 leaves the weight to inspectors' professional judgement (the seriousness and extent of
 * concerns, the number of children affected), so the rule asks the team to consider it rather than refusing. It waits
 * until the key judgement is graded.
 */
final class GradedInadequateMayHoldLookedAfter extends HeldByInadequacy {

    static final String ID = "graded-inadequate-may-hold-looked-after";
    static final String SOURCE = "004 §23-24";

    GradedInadequateMayHoldLookedAfter() {
        super(ID, RuleStrength.SOFT, SOURCE, LOOKED_AFTER_AND_PERMANENCE, grade -> !INADEQUATE.equals(grade),
                GRADED_JUDGEMENTS, INADEQUATE, (lookedAfter, inadequate) ->
                        "A graded judgement within children looked after and achieving permanence is inadequate ("
                        + String.join(", ", inadequate) + ") while the key judgement is " + lookedAfter
                        + ": consider whether \"the significance may be such that the key judgement is held at"
                        + " inadequate\", weighing the seriousness and extent of the concerns and the number of"
                        + " children affected (004 §23-24).");
    }
}
