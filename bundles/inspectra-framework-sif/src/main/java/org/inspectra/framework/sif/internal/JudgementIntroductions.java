package org.inspectra.framework.sif.internal;

import static org.inspectra.framework.sif.internal.SifJudgements.ADOPTION_PERFORMANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.CARE_LEAVERS;
import static org.inspectra.framework.sif.internal.SifJudgements.HELP_AND_PROTECTION;
import static org.inspectra.framework.sif.internal.SifJudgements.LEADERSHIP_MANAGEMENT_GOVERNANCE;
import static org.inspectra.framework.sif.internal.SifJudgements.LOOKED_AFTER_AND_PERMANENCE;

import java.util.List;
import java.util.Optional;

/**
 * The unnumbered paragraph printed under each judgement's heading, before its numbered paragraphs: what the judgement
 * is about, in the seed's words (004 §17: "The following paragraphs set out the characteristics of a good service for
 * all judgements"), and the paragraphs that say what inspectors take into account when making it. The SPI's
 * {@code Judgement} has no field for them yet, so they are kept here.
 */
final class JudgementIntroductions {

    /**
     * One judgement's introduction.
     *
     * @param judgement       judgement id
     * @param source          the paragraphs it sits between, or the paragraph it is
     * @param summary         the paragraph under the heading
     * @param takenIntoAccount numbered paragraphs saying what the judgement weighs
     */
    record Introduction(String judgement, String source, String summary, List<String> takenIntoAccount) {
        Introduction {
            takenIntoAccount = List.copyOf(takenIntoAccount);
        }
    }

    static final List<Introduction> ALL = List.of(
            // The paragraph under "Key judgement: The experiences and progress of children who need help and
            // protection"
            new Introduction(HELP_AND_PROTECTION, "004 §28-29",
                    "Children and young people who are, or who are likely to be, at risk of harm or who are the "
                    + "subject of concern are identified and protected. Help is provided early in the emergence of a "
                    + "problem and is well coordinated and recorded through multi-agency arrangements. Thresholds "
                    + "between early help and statutory child protection work are appropriate, understood and "
                    + "operate effectively. Records of action and decision are clear and up to date. Children and "
                    + "young people are listened to and heard. Social workers build effective relationships with "
                    + "them and their families in order to assess the likelihood of, and capacity for, change. Risk "
                    + "is well understood, managed and regularly reviewed. Children and young people experience "
                    + "timely and effective multi-agency help and protection through risk-based assessment, "
                    + "authoritative practice, planning and review that secures change.",
                    List.of()),
            // Under "Key judgement: The experiences and progress of children looked after and achieving permanence";
            // §30 says what the judgement takes into account
            new Introduction(LOOKED_AFTER_AND_PERMANENCE, "004 §29-30",
                    "Decisions about children and young people becoming looked after are made using high-quality "
                    + "assessments about the risk of harm or actual harm to them and the likelihood of change in "
                    + "their family. Thresholds are clear and applied appropriately. Children and young people are "
                    + "listened to by social workers who know them well. Adults working with children and young "
                    + "people help them to understand and manage their early childhood experiences, to progress well "
                    + "and achieve educationally, and to influence decisions about their future. They return home "
                    + "with the support they need and when it is safe for them. If this is not possible, they live "
                    + "in stable placements where they are helped to build positive relationships and maintain "
                    + "contact with their family and friends where this remains in their best interests. Care plans "
                    + "are regularly reviewed to ensure that the child or young person's current and developing "
                    + "needs continue to be met. Permanent homes and families are found for children and young "
                    + "people without unnecessary delay. Their needs are met and they live with their brothers and "
                    + "sisters if that is assessed as being in their best interests. They do not experience "
                    + "placement moves unless they are part of a planned return home or in accordance with plans for "
                    + "their future. Their education is not disrupted unless it is their best interests and plans "
                    + "for their schooling provide any extra help they need to make up time and learning that has "
                    + "been missed. They develop safe and secure relationships with adults that persist over time. "
                    + "When support is needed, children, young people and families are able to access it for as long "
                    + "as it is needed, throughout their childhood and beyond.",
                    List.of(
                            "In making the 'children looked after and achieving permanence' judgement, inspectors "
                            + "will take into account their judgement on adoption performance and their judgement on "
                            + "the experiences and progress of care leavers.")),
            // Under "Adoption performance"
            new Introduction(ADOPTION_PERFORMANCE, "004 §31-32",
                    "Suitable adoptive families are identified without delay for all children for whom adoption is "
                    + "in their best interests. The recruitment and assessment arrangements are aligned with "
                    + "national systems and enable potential adopters to consider and to be considered for a wide "
                    + "range of children for whom they may provide a home. Children are able to develop safe and "
                    + "secure relationships with their adoptive family that persist over time. When support is "
                    + "needed, children, young people, families and carers are able to access it for as long as it "
                    + "is needed, throughout their childhood and beyond.",
                    List.of()),
            // Under "The experiences and progress of care leavers"; §33 says what inspectors take into account
            new Introduction(CARE_LEAVERS, "004 §32-33",
                    "Young people leaving care and preparing to leave care receive support and help to assist them "
                    + "in making a successful transition to adulthood. Plans for them to leave care are effective "
                    + "and address their individual needs. They are safe and feel safe, particularly where they "
                    + "live. Young people acquire the necessary level of skill and emotional resilience to "
                    + "successfully move towards independence. They are able to successfully access education, "
                    + "employment, training and safe housing. They enjoy stable and enduring relationships with "
                    + "staff and carers who meet their needs.",
                    List.of(
                            "When evaluating the experience and progress of care leavers, such as their successful "
                            + "transition to adulthood, inspectors will take into account the young person's "
                            + "development and achievements at the point they became looked after, the age they "
                            + "became looked after and the age they were when they became the responsibility of the "
                            + "authority being inspected.")),
            // Under "Key judgement: Leadership, management and governance"
            new Introduction(LEADERSHIP_MANAGEMENT_GOVERNANCE, "004 §34-35",
                    "Leadership, management and governance arrangements comply with statutory guidance and together "
                    + "establish an effective strategy and good-quality services for children, young people and "
                    + "their families. There is a clear and up-to-date strategy for commissioning and developing "
                    + "services delivered by a suitably qualified and experienced workforce that meets the needs of "
                    + "local children and young people and families. The Director of Children's Services (DCS), the "
                    + "lead elected member and the senior management team have a comprehensive knowledge about what "
                    + "is happening at the 'front line' to enable them to discharge their responsibilities "
                    + "effectively. They know and understand the difference that help, care and protection are "
                    + "making. They oversee systematic performance management and monitoring that demonstrate "
                    + "rigorous and timely action in response to service deficiencies or new demands. The local "
                    + "authority works with partners to deliver early help, protect children and young people, "
                    + "improve educational attainment and narrow the gap for the children looked after and care "
                    + "leavers. It acts as a strong and effective corporate parent for children looked after and "
                    + "those leaving or who have left care. Leaders, both professional and political, drive "
                    + "continuous improvement so that the local authority is consistently effective as the lead "
                    + "agency for the protection and care of children and young people and as a corporate parent. "
                    + "Partnerships are supported by transparent and rigorous governance between the local authority "
                    + "and key statutory, private and voluntary organisations. Shared priorities are clear and "
                    + "resourced. There is effective engagement with the relevant local partnerships including the "
                    + "Health and Well-being Board. The DCS works closely with the LSCB chair and the chief "
                    + "executive holds the LSCB chair to account for the effectiveness of the LSCB.",
                    List.of()));

    private JudgementIntroductions() {
    }

    static Optional<Introduction> of(String judgement) {
        return ALL.stream().filter(i -> i.judgement().equals(judgement)).findFirst();
    }
}
