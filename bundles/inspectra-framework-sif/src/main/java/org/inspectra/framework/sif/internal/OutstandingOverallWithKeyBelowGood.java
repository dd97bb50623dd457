package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifJudgements.KEY_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.OVERALL_EFFECTIVENESS;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

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
final class OutstandingOverallWithKeyBelowGood implements JudgementRule {

    static final String ID = "outstanding-overall-with-key-below-good";
    static final String SOURCE = "004 §20, §25 (footnote 16)";

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
                .filter(j -> SifGrades.belowGood(grades.get(j)))
                .map(j -> j + " (" + grades.get(j) + ")")
                .toList();
        if (belowGood.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, OVERALL_EFFECTIVENESS, RuleStrength.SOFT,
                "Overall effectiveness is judged outstanding while a key judgement is below good ("
                        + String.join(", ", belowGood) + "); \"The characteristics of a good local authority must be"
                        + " met in addition to those describing an outstanding one\" (004 §25, footnote 16).",
                SOURCE));
    }
}
