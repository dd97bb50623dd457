package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifJudgements.GRADED_JUDGEMENTS;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.inspectra.api.framework.JudgementRule;
import org.inspectra.api.framework.RuleBreach;
import org.inspectra.api.framework.RuleStrength;

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
final class GradedInadequateMayHoldLookedAfter implements JudgementRule {

    static final String ID = "graded-inadequate-may-hold-looked-after";
    static final String SOURCE = "004 §23-24";

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
        String lookedAfter = grades.get(LOOKED_AFTER_AND_PERMANENCE);
        if (lookedAfter == null || INADEQUATE.equals(lookedAfter)) {
            return Optional.empty();
        }
        List<String> inadequate = GRADED_JUDGEMENTS.stream()
                .filter(j -> INADEQUATE.equals(grades.get(j)))
                .toList();
        if (inadequate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(ID, LOOKED_AFTER_AND_PERMANENCE, RuleStrength.SOFT,
                "A graded judgement within children looked after and achieving permanence is inadequate ("
                        + String.join(", ", inadequate) + ") while the key judgement is " + lookedAfter
                        + ": consider whether \"the significance may be such that the key judgement is held at"
                        + " inadequate\", weighing the seriousness and extent of the concerns and the number of"
                        + " children affected (004 §23-24).",
                SOURCE));
    }
}
