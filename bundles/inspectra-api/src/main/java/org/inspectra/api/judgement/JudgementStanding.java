package org.inspectra.api.judgement;

import java.util.List;

import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.RuleBreach;

/**
 * One judgement of an inspection as it stands now.
 *
 * @param judgement the framework's judgement
 * @param grade     the grade given, or {@code null} where none is yet
 * @param breaches  the framework's rules that bind or warn on this judgement with the grades as they stand
 */
public record JudgementStanding(Judgement judgement, GradeRecord grade, List<RuleBreach> breaches) {
    public JudgementStanding {
        breaches = List.copyOf(breaches);
    }
}
