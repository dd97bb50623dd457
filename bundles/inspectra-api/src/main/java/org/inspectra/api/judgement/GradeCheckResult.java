package org.inspectra.api.judgement;

import java.util.List;

import org.inspectra.api.framework.RuleBreach;

/**
 * What giving a judgement a grade would do, worked out without saving anything.
 *
 * @param judgement the judgement id
 * @param grade     the grade id asked about
 * @param refusals  the hard rules that would refuse the grade (empty: it would be stored)
 * @param warnings  the soft rules the grades would then break, which the team may accept with a rationale
 */
public record GradeCheckResult(String judgement, String grade, List<RuleBreach> refusals, List<RuleBreach> warnings) {
    public GradeCheckResult {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }
}
