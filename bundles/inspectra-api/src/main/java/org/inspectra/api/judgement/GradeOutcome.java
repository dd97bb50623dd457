package org.inspectra.api.judgement;

import java.util.List;

import org.inspectra.api.framework.RuleBreach;

/**
 * What grading a judgement did.
 *
 * @param grade    the grade as stored
 * @param warnings the framework's soft rules the grades now break, accepted or not
 */
public record GradeOutcome(GradeRecord grade, List<RuleBreach> warnings) {
    public GradeOutcome {
        warnings = List.copyOf(warnings);
    }
}
