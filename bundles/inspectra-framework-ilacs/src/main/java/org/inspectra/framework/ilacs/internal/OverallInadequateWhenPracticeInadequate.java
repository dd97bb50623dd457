package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.OVERALL_EFFECTIVENESS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.PRACTICE_JUDGEMENTS;

import java.util.List;

import org.inspectra.api.framework.RuleStrength;
import org.inspectra.judgementrules.HeldByInadequacy;

/**
 * Hard: overall effectiveness must be inadequate when help and protection or children in care is inadequate.
 *
 * <p>A practice judgement is inadequate where there are "widespread or serious failures, which leave children being
 * harmed or at risk of harm" (000 §248, §249, inadequate descriptors). §100: "If inspectors find widespread or serious
 * failure resulting in harm, continued risk of harm or failure to safeguard the welfare of children and young people in
 * either the arrangements to protect or care for them, they will always give an overall effectiveness judgement of
 * inadequate." §99 derives overall effectiveness from the other judgements; §101 repeats that "the overall judgement
 * will be inadequate because children's experiences have the most weight".
 */
final class OverallInadequateWhenPracticeInadequate extends HeldByInadequacy {

    static final String ID = "overall-inadequate-when-practice-inadequate";
    static final String SOURCE = "000 §99-100";

    OverallInadequateWhenPracticeInadequate() {
        super(ID, RuleStrength.HARD, SOURCE, OVERALL_EFFECTIVENESS, grade -> !INADEQUATE.equals(grade),
                PRACTICE_JUDGEMENTS, INADEQUATE, (grade, inadequate) ->
                        "Overall effectiveness must be inadequate where a practice judgement is inadequate ("
                        + String.join(", ", inadequate) + "): inspectors \"will always give an overall"
                        + " effectiveness judgement of inadequate\" where they find widespread or serious failure in"
                        + " the arrangements to protect or care for children (000 §100).");
    }
}
