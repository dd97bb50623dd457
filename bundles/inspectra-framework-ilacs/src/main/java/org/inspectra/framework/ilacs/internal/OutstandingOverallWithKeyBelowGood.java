package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.OUTSTANDING;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.KEY_JUDGEMENTS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.OVERALL_EFFECTIVENESS;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.OutstandingNeedsGood;

/**
 * Soft: overall effectiveness judged outstanding while a key judgement is below good.
 *
 * <p>000 §99: "The overall effectiveness judgement is derived from findings in each of the three other judgement
 * areas." An outstanding overall grade beside requires improvement or inadequate in one of them is hard to derive, but
 * the seed leaves the weighing to inspectors' professional judgement, so the rule warns. (An inadequate practice
 * judgement is refused outright by {@link OverallInadequateWhenPracticeInadequate}.)
 */
final class OutstandingOverallWithKeyBelowGood extends OutstandingNeedsGood {

    static final String ID = "outstanding-overall-with-key-below-good";
    static final String SOURCE = "000 §99";

    OutstandingOverallWithKeyBelowGood() {
        super(ID, RuleStrength.SOFT, SOURCE, OVERALL_EFFECTIVENESS, OUTSTANDING, KEY_JUDGEMENTS,
                IlacsGrades::belowGood, belowGood ->
                        "Overall effectiveness is judged outstanding while a key judgement is below good ("
                        + String.join(", ", belowGood) + "); the overall judgement \"is derived from findings in"
                        + " each of the three other judgement areas\" (000 §99).");
    }
}
