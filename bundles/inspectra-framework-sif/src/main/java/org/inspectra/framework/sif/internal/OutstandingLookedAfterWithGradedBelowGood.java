package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifJudgements.GRADED_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

/**
 * Soft: children looked after and achieving permanence judged outstanding while adoption performance or the
 * experiences and progress of care leavers is below good.
 *
 * <p>The key judgement takes both graded judgements into account (004 §30) and is outstanding only "in addition to
 * meeting the requirements of a 'good' judgement" (§31, "Outstanding"), the principle footnote 16 states for the
 * overall judgement. The weight is the team's to decide (§24), so the rule warns.
 */
final class OutstandingLookedAfterWithGradedBelowGood implements JudgementRule {

    static final String ID = "outstanding-looked-after-with-graded-below-good";
    static final String SOURCE = "004 §30-31";

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
        if (!OUTSTANDING.equals(grades.get(LOOKED_AFTER_AND_PERMANENCE))) {
            return Optional.empty();
        }
        List<String> belowGood = GRADED_JUDGEMENTS.stream()
                .filter(j -> SifGrades.belowGood(grades.get(j)))
                .map(j -> j + " (" + grades.get(j) + ")")
                .toList();
        if (belowGood.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, LOOKED_AFTER_AND_PERMANENCE, RuleStrength.SOFT,
                "Children looked after and achieving permanence is judged outstanding while a graded judgement within"
                        + " it is below good (" + String.join(", ", belowGood) + "); the key judgement takes them into"
                        + " account and is outstanding only \"in addition to meeting the requirements of a 'good'"
                        + " judgement\" (004 §30-31).",
                SOURCE));
    }
}
