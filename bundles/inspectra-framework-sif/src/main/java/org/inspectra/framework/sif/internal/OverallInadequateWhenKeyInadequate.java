package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifJudgements.KEY_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.OVERALL_EFFECTIVENESS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Hard: overall effectiveness must be inadequate when any key judgement is inadequate.
 *
 * <p>004 §28: "A judgement of inadequate is likely to be made if any of the following are judged inadequate" (the three
 * key judgements). The seed makes the limit absolute elsewhere: widespread or serious failure "will always result in an
 * overall effectiveness judgement of inadequate" (§21); even where leadership is good "the overall judgement will
 * remain inadequate because of the limiting nature of inadequacy" (§22); and graded judgements "will not automatically
 * limit (as is the case for the key judgements) the local authority to overall inadequacy" (§23). So an inadequate key
 * judgement binds, and an inadequate graded judgement alone does not ({@link GradedInadequateMayHoldLookedAfter}).
 */
final class OverallInadequateWhenKeyInadequate extends HeldByInadequacy {

    static final String ID = "overall-inadequate-when-key-inadequate";
    static final String SOURCE = "004 §21-23, §28";

    OverallInadequateWhenKeyInadequate() {
        super(ID, RuleStrength.HARD, SOURCE, OVERALL_EFFECTIVENESS, grade -> !INADEQUATE.equals(grade),
                KEY_JUDGEMENTS, INADEQUATE, (grade, inadequate) ->
                        "Overall effectiveness must be inadequate where a key judgement is inadequate ("
                        + String.join(", ", inadequate) + "): inadequate key judgements limit the local authority to"
                        + " overall inadequacy (004 §23, §28), \"because of the limiting nature of inadequacy in"
                        + " protecting or looking after children\" (004 §22).");
    }
}
