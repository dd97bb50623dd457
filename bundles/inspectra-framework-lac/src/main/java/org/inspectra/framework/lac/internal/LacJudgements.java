package org.inspectra.framework.lac.internal;

import java.util.List;

import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;

/**
 * The five graded judgements of the looked after children inspection, ids and kinds fixed by API.md, titled as the
 * report headings of {@code 002 §34} (which grade them) word them; §16 lists the same five in the summary evaluation
 * schedule.
 *
 * <p>None carries grade descriptors: §15 says the evaluation schedules, with "the grade descriptors that inspectors
 * will use in arriving at their judgements", are "set out in a separate document", which is not part of the seed.
 * "Areas for improvement" sit beside overall effectiveness in the report with "No grade" (§34), so they are findings,
 * not a judgement.
 */
final class LacJudgements {

    static final String OVERALL_EFFECTIVENESS = "overall-effectiveness";
    static final String CAPACITY_TO_IMPROVE = "capacity-to-improve";
    static final String LEADERSHIP_AND_MANAGEMENT = "leadership-and-management";
    static final String QUALITY_OF_PROVISION = "quality-of-provision";
    static final String OUTCOMES = "outcomes";

    private static final String SOURCE = "002 §16, §34";

    static final List<Judgement> ALL = List.of(
            // §16: "Overall effectiveness including areas for development"; §34: "Overall effectiveness Grade".
            new Judgement(OVERALL_EFFECTIVENESS, "Overall effectiveness", JudgementKind.OVERALL, SOURCE),
            new Judgement(CAPACITY_TO_IMPROVE, "Capacity to improve", JudgementKind.KEY, SOURCE),
            // The extracted §34 table lost the "Grade" cell beside this heading; §16 and §18 grade every judgement of
            // the schedule on the four-point scale, and API.md makes it a key judgement.
            new Judgement(LEADERSHIP_AND_MANAGEMENT, "Leadership and management", JudgementKind.KEY, SOURCE),
            new Judgement(QUALITY_OF_PROVISION, "Quality of provision", JudgementKind.KEY, SOURCE),
            // §34's heading; §16 words it "Outcomes for looked after children and young people".
            new Judgement(OUTCOMES, "Outcomes for looked after children and care leavers", JudgementKind.KEY,
                    SOURCE));

    private LacJudgements() {
    }
}
