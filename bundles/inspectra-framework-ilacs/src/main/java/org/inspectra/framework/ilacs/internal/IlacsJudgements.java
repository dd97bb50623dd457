package org.inspectra.framework.ilacs.internal;

import static org.inspectra.framework.ilacs.internal.IlacsGrades.INADEQUATE;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.OUTSTANDING;
import static org.inspectra.framework.ilacs.internal.IlacsGrades.REQUIRES_IMPROVEMENT;

import java.util.List;

import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;

/**
 * The four graded judgements of standard and short inspections ({@code 000 §96}), ids fixed by API.md. Titles are
 * worded as §96 lists them. The judgement-level descriptors are the outstanding, requires improvement and
 * inadequate statements that close each section of the evaluation criteria (§248-250); the "good" descriptors belong
 * to the 17 headings ({@link IlacsCriteria}).
 */
final class IlacsJudgements {

    static final String OVERALL_EFFECTIVENESS = "overall-effectiveness";
    static final String HELP_AND_PROTECTION = "help-and-protection";
    static final String CHILDREN_IN_CARE = "children-in-care";
    static final String IMPACT_OF_LEADERS = "impact-of-leaders";

    /** The two judgements about children's experiences: "either of the two practice judgements" (§250). */
    static final List<String> PRACTICE_JUDGEMENTS = List.of(HELP_AND_PROTECTION, CHILDREN_IN_CARE);

    /** The three judgements the overall effectiveness judgement is derived from (§99). */
    static final List<String> KEY_JUDGEMENTS = List.of(HELP_AND_PROTECTION, CHILDREN_IN_CARE, IMPACT_OF_LEADERS);

    static final List<Judgement> ALL = List.of(
            // 000 §99: derived from the three other judgements; §247 says how, but the seed gives no descriptor per
            // grade for overall effectiveness, so it carries none.
            new Judgement(OVERALL_EFFECTIVENESS, "Overall effectiveness", JudgementKind.OVERALL, null,
                    "000 §96, §99-100, §247", List.of()),
            new Judgement(HELP_AND_PROTECTION,
                    "The experiences and progress of children in need of help and protection",
                    JudgementKind.KEY, null, "000 §96, §248", List.of(
                            // 000 §248, "Outstanding"
                            descriptor(OUTSTANDING, "000 §248",
                                    "‘The experiences and progress of children who need help and protection’ is "
                                    + "likely to be judged outstanding if the response to children and families is "
                                    + "consistently good or better and results in sustained improvement to the lives "
                                    + "of children, young people and their families."),
                            // 000 §248, "Requires improvement to be good"
                            descriptor(REQUIRES_IMPROVEMENT, "000 §248",
                                    "‘The experiences and progress of children who need help and protection’ is "
                                    + "likely to be judged requires improvement if there are no widespread or serious "
                                    + "failures that create or leave children being harmed or at risk of harm. "
                                    + "However, the local authority is not yet consistently delivering good help and "
                                    + "protection for children, young people and families."),
                            // 000 §248, "Inadequate"
                            descriptor(INADEQUATE, "000 §248",
                                    "‘The experiences and progress of children who need help and protection’ is "
                                    + "likely to be judged inadequate if there are widespread or serious failures, "
                                    + "which leave children being harmed or at risk of harm."))),
            new Judgement(CHILDREN_IN_CARE,
                    "The experiences and progress of children in care and care leavers",
                    JudgementKind.KEY, null, "000 §96, §249", List.of(
                            // 000 §249, "Outstanding"
                            descriptor(OUTSTANDING, "000 §249",
                                    "‘The experiences and progress of children in care and care leavers’ is likely "
                                    + "to be judged outstanding if the response to children in care and care leavers "
                                    + "is consistently good or better and results in sustained improvement to the "
                                    + "lives of children in care and care leavers."),
                            // 000 §249, "Requires improvement to be good": the seed names the judgement in older
                            // words here ("looked after ... achieving permanence"); kept as published.
                            descriptor(REQUIRES_IMPROVEMENT, "000 §249",
                                    "‘The experiences and progress of children and young people looked after and "
                                    + "care leavers and achieving permanence’ is judged as requires improvement when "
                                    + "there are no widespread or serious failures or unnecessary delays that result "
                                    + "in the welfare of children in care or care leavers not being safeguarded and "
                                    + "promoted. However, the local authority is not yet consistently delivering good "
                                    + "help and care for children in care, and care leavers."),
                            // 000 §249, "Inadequate"
                            descriptor(INADEQUATE, "000 §249",
                                    "‘The experiences and progress of children and young people in care and care "
                                    + "leavers and achieving permanence’ is likely to be inadequate if there are "
                                    + "widespread or serious failures, including unnecessary delay in achieving "
                                    + "permanence, which result in their welfare not being safeguarded and "
                                    + "promoted."))),
            new Judgement(IMPACT_OF_LEADERS,
                    "The impact of leaders on social work practice with children and families",
                    JudgementKind.KEY, null, "000 §96, §250", List.of(
                            // 000 §250, "Outstanding": in addition to the good descriptors of the four headings
                            descriptor(OUTSTANDING, "000 §250",
                                    "‘The impact of leaders on social work practice with children and families’ is "
                                    + "likely to be outstanding if, in addition to meeting the requirements of a "
                                    + "‘good’ judgement, there is evidence that leaders (both professional and "
                                    + "political) and managers are confident, ambitious and influential in changing "
                                    + "the lives of local children, young people and families, including children in "
                                    + "care and those who have left or who are leaving care. They inspire others to "
                                    + "change the lives of these children and young people and their families. They "
                                    + "innovate and generate creative ideas to sustain the highest-quality services, "
                                    + "including early help services, for all children and young people. They know "
                                    + "their strengths and weaknesses well and both respond to and are resilient to "
                                    + "new challenges. Professional relationships between the local authority and "
                                    + "partner organisations are mature and well developed. Accountabilities are "
                                    + "embedded and result in confident, regular evaluation and improvement of the "
                                    + "quality of help, care and protection that is provided."),
                            // 000 §250, "Requires improvement to be good"
                            descriptor(REQUIRES_IMPROVEMENT, "000 §250",
                                    "‘The impact of leaders on social work practice with children and families’ "
                                    + "will be judged as requires improvement when any widespread or serious failures "
                                    + "have been identified by the local authority and are being effectively "
                                    + "addressed, but the characteristics of good leadership are not consistently in "
                                    + "place."),
                            // 000 §250, "Inadequate": the basis of the soft rule LeadersInadequateWithoutInadequate-
                            // Practice
                            descriptor(INADEQUATE, "000 §250",
                                    "‘The impact of leaders on social work practice with children and families’ is "
                                    + "likely to be inadequate if either of the two practice judgements is "
                                    + "inadequate and leaders and managers have not been able to demonstrate "
                                    + "sufficient understanding of the failure. They have been ineffective in "
                                    + "prioritising, challenging and making improvements."))));

    private IlacsJudgements() {
    }

    private static GradeDescriptor descriptor(String grade, String source, String statement) {
        return new GradeDescriptor(grade, List.of(statement), source);
    }
}
