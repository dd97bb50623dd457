package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifGrades.GOOD;
import static org.inspectra.framework.sif.internal.SifGrades.INADEQUATE;
import static org.inspectra.framework.sif.internal.SifGrades.OUTSTANDING;
import static org.inspectra.framework.sif.internal.SifGrades.REQUIRES_IMPROVEMENT;

import java.util.ArrayList;
import java.util.List;

import org.inspectra.api.framework.GradeDescriptor;
import org.inspectra.api.framework.Judgement;
import org.inspectra.api.framework.JudgementKind;

/**
 * The judgements of 004 §16 and §20, ids and kinds fixed by API.md: overall effectiveness, derived from three key
 * judgements, and two graded judgements inside the looked after key judgement. Titles are the seed's headings. Each
 * judgement carries its descriptors for all four grades in the seed's words: §25-28 for overall effectiveness; for
 * the others the "likely to be judged good if" list (also their criteria, {@link SifCriteria}) and the outstanding,
 * requires improvement and inadequate statements that follow it. Text is cleaned as {@link SifCriteria} says.
 */
final class SifJudgements {

    static final String OVERALL_EFFECTIVENESS = "overall-effectiveness";
    static final String HELP_AND_PROTECTION = "help-and-protection";
    static final String LOOKED_AFTER_AND_PERMANENCE = "looked-after-and-permanence";
    static final String LEADERSHIP_MANAGEMENT_GOVERNANCE = "leadership-management-governance";
    static final String ADOPTION_PERFORMANCE = "adoption-performance";
    static final String CARE_LEAVERS = "care-leavers";

    /** 004 §20: "the three key judgements", from which overall effectiveness is derived. */
    static final List<String> KEY_JUDGEMENTS = List.of(HELP_AND_PROTECTION, LOOKED_AFTER_AND_PERMANENCE,
            LEADERSHIP_MANAGEMENT_GOVERNANCE);

    /**
     * 004 §21: "the effectiveness of child protection or the effectiveness of provision for looked after children";
     * §35 calls them "the two main judgements".
     */
    static final List<String> PRACTICE_JUDGEMENTS = List.of(HELP_AND_PROTECTION, LOOKED_AFTER_AND_PERMANENCE);

    /** 004 §16, §20: "the two graded judgements", both within the looked after key judgement. */
    static final List<String> GRADED_JUDGEMENTS = List.of(ADOPTION_PERFORMANCE, CARE_LEAVERS);

    /**
     * 004 §32 opens adoption's "good" list by pointing back at the labelled criteria of §31; the lead-in is kept as the
     * first statement so the descriptor reads as the seed does.
     */
    static final List<String> ADOPTION_GOOD = prepend("Adoption is likely to be judged good if the criteria "
            + "identified in the earlier judgement for looked after children (where adoption is being considered or is "
            + "the plan) are met and in addition:", SifCriteria.ADOPTION_GOOD);

    static final List<Judgement> ALL = List.of(
            // 004 §16: "the overall effectiveness of services and arrangements for children looked after, care leavers
            // and children who need help and protection"; §20: derived from the key judgements, taking account of
            // the graded ones.
            new Judgement(OVERALL_EFFECTIVENESS, "Overall effectiveness", JudgementKind.OVERALL, null,
                    "004 §16, §20-22, §25-28", List.of(
                            // 004 §25, "In an outstanding local authority:"
                            new GradeDescriptor(OUTSTANDING, List.of(
                                    "Direct work with children, young people and families is of the highest quality "
                                    + "and is delivering measurably improved outcomes. For some children and "
                                    + "families, their progress exceeds expectations.",
                                    "Inspirational, confident, ambitious and influential leadership changes the "
                                    + "lives of local children, young people and families, including children who "
                                    + "are looked after and those who have left or who are leaving care. Leaders are "
                                    + "visible and effective. They innovate and promote creative ideas to sustain "
                                    + "the highest-quality services, including early help services, for all children "
                                    + "and young people.",
                                    "Professional relationships between the local authority and partner "
                                    + "organisations and commissioned service providers are mature and well "
                                    + "developed. Accountabilities are embedded and result in confident, regular "
                                    + "evaluation and improvement in the quality of help, care and protection that "
                                    + "is provided.",
                                    "The local authority is proactive and accurate in identifying and responding to "
                                    + "the changing needs of its local communities and the performance of its "
                                    + "services and staff. Change and improvement are consistently and effectively "
                                    + "implemented and reviewed for their impact. Children, young people and "
                                    + "families clearly benefit from improvements that are made and the impact of "
                                    + "their feedback is well evidenced.",
                                    "Effective and continuous learning improves professional practice. This is "
                                    + "sustained over time. Professional challenge and leadership ambition inspire "
                                    + "high-quality work with families that helps, protects and promotes the welfare "
                                    + "of all children and young people, particularly those who are most vulnerable.",
                                    "The views and experiences of children, young people and their families are at "
                                    + "the centre of service design and influence development and strategic "
                                    + "thinking."), "004 §25"),
                            // 004 §26, "In a good local authority:"
                            new GradeDescriptor(GOOD, List.of(
                                    "Children and young people are protected, the risks to them are identified and "
                                    + "managed through timely decisions and the help provided reduces the risk of, "
                                    + "or actual, harm to them.",
                                    "Children and young people looked after, those returning home and those moving "
                                    + "to or living in permanent placements outside of their immediate birth family "
                                    + "have their welfare safeguarded and promoted. Children and young people are "
                                    + "helped to live in permanent homes or families without unnecessary delay. The "
                                    + "development of safe, stable and secure relationships with adults is central "
                                    + "to planning for their futures and this supports the development of secure "
                                    + "attachments that persist over time and wherever they are living.",
                                    "Young people leaving care or who have left care receive help and support "
                                    + "tailored to their individual needs and comparable with that which their peers "
                                    + "would receive from a reasonable parent. They are provided with opportunities, "
                                    + "support and help to enable them to move successfully to adulthood.",
                                    "Leadership, management and governance arrangements deliver strong, strategic "
                                    + "local leadership that measurably improves outcomes for vulnerable children. "
                                    + "The local authority works with partners to plan and deliver early help, to "
                                    + "protect children and young people, to improve educational attainment and "
                                    + "narrow the gap for the most disadvantaged and it acts as a strong and "
                                    + "effective corporate parent for children looked after and those leaving or who "
                                    + "have left care.",
                                    "There is a clear and up-to-date strategy for commissioning and developing "
                                    + "services and there are sufficient resources to meet the needs of children and "
                                    + "young people in the local authority area. Leaders, both professional and "
                                    + "political, drive continuous improvement so that the local authority is "
                                    + "consistently effective as both the lead agency for the protection and care of "
                                    + "children and as a corporate parent."), "004 §26"),
                            // 004 §27, "In a local authority that requires improvement:"
                            new GradeDescriptor(REQUIRES_IMPROVEMENT, List.of(
                                    "There are no widespread or serious failures that create or leave children being "
                                    + "harmed or at risk of harm. The welfare of looked after children is "
                                    + "safeguarded and promoted. However, the authority is not yet delivering good "
                                    + "protection, help and care for children, young people and families."), "004 §27"),
                            // 004 §28, "In a local authority that is inadequate:", its second bullet with the three
                            // judgements it names, one an entry as the seed sets them out (the basis of
                            // OverallInadequateWhenKeyInadequate)
                            new GradeDescriptor(INADEQUATE, List.of(
                                    "There are widespread or serious failures that create or leave children being "
                                    + "harmed or at risk of harm and/or the welfare of looked after children is not "
                                    + "safeguarded and promoted.",
                                    "A judgement of inadequate is likely to be made if any of the following are "
                                    + "judged inadequate:",
                                    "the experiences and progress of children who need help and protection",
                                    "the experiences and progress of children looked after and achieving permanence",
                                    "leadership, management and governance."), "004 §28"))),
            new Judgement(HELP_AND_PROTECTION,
                    "The experiences and progress of children who need help and protection",
                    JudgementKind.KEY, null, "004 §16, §29", List.of(
                            // 004 §29, "Outstanding"
                            descriptor(OUTSTANDING, "004 §29",
                                    "'The experiences and progress of children who need help and protection' is "
                                    + "likely to be judged outstanding if, in addition to meeting the requirements "
                                    + "of a 'good' judgement, there is evidence that professional practice exceeds "
                                    + "the standard of 'good' and results in sustained improvement to the lives of "
                                    + "children, young people and their families. Research-informed practice, some "
                                    + "of which will be innovative, continues to develop from a strong and confident "
                                    + "base, making an exceptional difference to the lives and experiences of "
                                    + "children and young people."),
                            // 004 §29, the "likely to be judged good if" list, also the criteria
                            new GradeDescriptor(GOOD, SifCriteria.HELP_AND_PROTECTION_GOOD, "004 §29"),
                            // 004 §29, "Requires improvement"
                            descriptor(REQUIRES_IMPROVEMENT, "004 §29",
                                    "'The experiences and progress of children who need help and protection' is "
                                    + "likely to 'require improvement' if there are no widespread or serious "
                                    + "failures that create or leave children being harmed or at risk of harm. "
                                    + "However, the authority is not yet delivering good help and protection for "
                                    + "children, young people and families."),
                            // 004 §29, "Inadequate"
                            descriptor(INADEQUATE, "004 §29",
                                    "'The experiences and progress of children who need help and protection' is "
                                    + "likely to be inadequate if there are widespread or serious failures which "
                                    + "leave children being harmed or at risk of harm."))),
            new Judgement(LOOKED_AFTER_AND_PERMANENCE,
                    "The experiences and progress of children looked after and achieving permanence",
                    JudgementKind.KEY, null, "004 §16, §30-31", List.of(
                            // 004 §31, "Outstanding"
                            descriptor(OUTSTANDING, "004 §31",
                                    "'The experiences and progress of children looked after and achieving "
                                    + "permanence' is likely to be judged outstanding if, in addition to meeting the "
                                    + "requirements of a 'good' judgement, there is evidence that professional "
                                    + "practice exceeds the standard of 'good' and results in sustained improvement "
                                    + "to the lives of children, young people and their families. Research-informed "
                                    + "practice, some of which will be innovative, continues to develop from a "
                                    + "strong and confident base, making an exceptional difference to the lives and "
                                    + "experiences of children and young people."),
                            // 004 §31, the "likely to be judged good if" list, also the criteria
                            new GradeDescriptor(GOOD, SifCriteria.LOOKED_AFTER_GOOD, "004 §31"),
                            // 004 §31, "Requires improvement"
                            descriptor(REQUIRES_IMPROVEMENT, "004 §31",
                                    "'The experiences and progress of children and young people looked after and "
                                    + "achieving permanence' requires improvement when there are no widespread or "
                                    + "serious failures or unnecessary delays that result in the welfare of looked "
                                    + "after children not being safeguarded and promoted. However, the authority is "
                                    + "not yet delivering good help and care for looked after children and young "
                                    + "people and families."),
                            // 004 §31, "Inadequate"
                            descriptor(INADEQUATE, "004 §31",
                                    "'The experiences and progress of children and young people looked after and "
                                    + "achieving permanence' is likely to be inadequate if there are widespread or "
                                    + "serious failures, including unnecessary delay in identifying permanent "
                                    + "solutions for them and which result in their welfare not being safeguarded "
                                    + "and promoted."))),
            new Judgement(LEADERSHIP_MANAGEMENT_GOVERNANCE, "Leadership, management and governance",
                    JudgementKind.KEY, null, "004 §16, §35", List.of(
                            // 004 §35, "Outstanding"
                            descriptor(OUTSTANDING, "004 §35",
                                    "Leadership, management and governance are likely to be outstanding if, in "
                                    + "addition to meeting the requirements of a 'good' judgement, there is evidence "
                                    + "that leaders (both professional and political) and managers are "
                                    + "inspirational, confident, ambitious and influential in changing the lives of "
                                    + "local children, young people and families, including children who are looked "
                                    + "after and those who have left or who are leaving care. They innovate and "
                                    + "generate creative ideas to sustain the highest-quality services, including "
                                    + "early help services, for all children and young people. They know their "
                                    + "strengths and weaknesses well and can provide evidence of improvement over a "
                                    + "sustained period of time. Professional relationships between the local "
                                    + "authority and partner organisations are mature and well developed. "
                                    + "Accountabilities are embedded and result in confident, regular evaluation and "
                                    + "improvement of the quality of help, care and protection that is provided."),
                            // 004 §35, the "likely to be judged good if" list, also the criteria
                            new GradeDescriptor(GOOD, SifCriteria.LEADERSHIP_GOOD, "004 §35"),
                            // 004 §35, "Requires improvement"
                            descriptor(REQUIRES_IMPROVEMENT, "004 §35",
                                    "Leadership, management and governance require improvement when any widespread "
                                    + "or serious failures have been identified by the local authority and are being "
                                    + "effectively addressed, but the characteristics of good leadership are not in "
                                    + "place."),
                            // 004 §35, "Inadequate"
                            descriptor(INADEQUATE, "004 §35",
                                    "Leadership, management and governance are likely to be inadequate if either of "
                                    + "the two main judgements is inadequate and leaders and managers have not been "
                                    + "able to demonstrate sufficient understanding of the failure. They have been "
                                    + "ineffective in prioritising, challenging and making improvements."))),
            // 004 §16: "including graded judgements on: adoption performance, the experiences and progress of care
            // leavers"; §30: the looked after judgement takes both into account.
            new Judgement(ADOPTION_PERFORMANCE, "Adoption performance", JudgementKind.GRADED,
                    LOOKED_AFTER_AND_PERMANENCE, "004 §16, §23, §32", List.of(
                            // 004 §32, "Outstanding"
                            descriptor(OUTSTANDING, "004 §32",
                                    "Adoption performance is likely to be judged outstanding if, in addition to "
                                    + "meeting the requirements of a 'good' judgement, there is evidence that "
                                    + "professional practice is creative, innovative and leads to success in finding "
                                    + "permanent adoptive families for children, including those with complex needs. "
                                    + "The adoption agency uses nationally available systems to help maintain the "
                                    + "interest and availability of potential adopters. Sustained improvement in the "
                                    + "lives of children, young people and their families is supported through "
                                    + "highly effective adoption support."),
                            // 004 §32, the "likely to be judged good if" list, also the criteria
                            new GradeDescriptor(GOOD, ADOPTION_GOOD, "004 §32"),
                            // 004 §32, "Requires improvement"
                            descriptor(REQUIRES_IMPROVEMENT, "004 §32",
                                    "Adoption performance requires improvement when there are no widespread or "
                                    + "serious failures that result in children looked after who should be adopted "
                                    + "not being adopted by a family who can meet their needs or within appropriate "
                                    + "timescales. However, the characteristics of good are not in place."),
                            // 004 §32, "Inadequate"
                            descriptor(INADEQUATE, "004 §32",
                                    "Adoption performance is likely to be inadequate if there are widespread or "
                                    + "serious failures that result in children looked after who should be adopted "
                                    + "not being adopted by a family who can meet their needs in a timescale that "
                                    + "meets their best interests."))),
            new Judgement(CARE_LEAVERS, "The experiences and progress of care leavers", JudgementKind.GRADED,
                    LOOKED_AFTER_AND_PERMANENCE, "004 §16, §23, §33-34", List.of(
                            // 004 §34, "Outstanding"
                            descriptor(OUTSTANDING, "004 §34",
                                    "'The experiences and progress of care leavers' is likely to be judged "
                                    + "outstanding if, in addition to meeting the requirements of a 'good' "
                                    + "judgement, there is evidence that professional practice exceeds the standard "
                                    + "of 'good' and results in sustained improvement to the lives of children, "
                                    + "young people and their families. The local authority is ambitious and "
                                    + "aspirational for its young people as they mature to adulthood. The authority "
                                    + "is assertive and proactive in keeping in touch with all young people who have "
                                    + "left care and, as a result, young people have a sense of security and "
                                    + "connection with adults who they know well. Research-informed practice, some "
                                    + "of which will be innovative, continues to develop from a strong and confident "
                                    + "base, making an exceptional difference to the lives and experiences of "
                                    + "children and young people."),
                            // 004 §34, the "likely to be judged good if" list, also the criteria
                            new GradeDescriptor(GOOD, SifCriteria.CARE_LEAVERS_GOOD, "004 §34"),
                            // 004 §34, "Requires improvement"
                            descriptor(REQUIRES_IMPROVEMENT, "004 §34",
                                    "'The experiences and progress of care leavers' requires improvement when there "
                                    + "is no widespread or serious failure that results in care leavers not having "
                                    + "their welfare safeguarded and promoted but the characteristics of a 'good' "
                                    + "judgement are not in place."),
                            // 004 §34, "Inadequate"
                            descriptor(INADEQUATE, "004 §34",
                                    "'The experiences and progress of care leavers' is likely to be inadequate if "
                                    + "there is widespread or serious failure that results in care leavers not "
                                    + "having their welfare safeguarded and promoted."))));

    private SifJudgements() {
    }

    private static GradeDescriptor descriptor(String grade, String source, String statement) {
        return new GradeDescriptor(grade, List.of(statement), source);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
