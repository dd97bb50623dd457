package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.OUTSTANDING;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.KEY_JUDGEMENTS;
import static org.inspectra.framework.ilacs.internal.IlacsJudgements.OVERALL_EFFECTIVENESS;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/**
 * Soft: overall effectiveness judged outstanding while a key judgement is below good.
 *
 * <p>000 §99: "The overall effectiveness judgement is derived from findings in each of the three other judgement
 * areas." An outstanding overall grade beside requires improvement or inadequate in one of them is hard to derive, but
 * the seed leaves the weighing to inspectors' professional judgement, so the rule warns. (An inadequate practice
 * judgement is refused outright by {@link OverallInadequateWhenPracticeInadequate}.)
 */
final class OutstandingOverallWithKeyBelowGood implements JudgementRule {

    static final String ID = "outstanding-overall-with-key-below-good";
    static final String SOURCE = "000 §99";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleStrength strength() {
        return RuleStrength.SOFT;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Optional<RuleBreach> check(Map<String, String> grades) {
        if (!OUTSTANDING.equals(grades.get(OVERALL_EFFECTIVENESS))) {
            return Optional.empty();
        }
        List<String> belowGood = KEY_JUDGEMENTS.stream()
                .filter(j -> IlacsGrades.belowGood(grades.get(j)))
                .map(j -> j + " (" + grades.get(j) + ")")
                .toList();
        if (belowGood.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, OVERALL_EFFECTIVENESS, RuleStrength.SOFT,
                "Overall effectiveness is judged outstanding while a key judgement is below good ("
                        + String.join(", ", belowGood) + "); the overall judgement \"is derived from findings in"
                        + " each of the three other judgement areas\" (000 §99).",
                SOURCE));
    }
}
